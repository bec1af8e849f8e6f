/// Buckets samples by whole elapsed second into ``TimeSeriesPoint``s.
///
/// Samples come from several threads stamped with their own completion time, so they arrive slightly out
/// of order; the two newest seconds therefore stay open, each with a small latency histogram. When a
/// second closes its latency is reduced to a ``LatencySummary`` and the histogram is dropped, so a closed
/// second costs a couple of hundred bytes. A sample for a second that has already closed still counts
/// (requests, failures, bytes, …) but no longer changes that second's latency. Seconds at or beyond
/// `capacity` are not kept; ``isTruncated`` says so.
struct TimeSeriesRecorder: Sendable {
    private struct OpenSecond: Sendable {
        var point: TimeSeriesPoint
        var latency = TrendAggregate()

        init(second: Int) {
            self.point = TimeSeriesPoint(second: second)
        }
    }

    private enum Slot {
        case open(Int)
        case closed(Int)
        case discarded
    }

    let capacity: Int
    private(set) var closed: [TimeSeriesPoint] = []
    private(set) var isTruncated = false
    private var open: [OpenSecond]
    private var openBase = 0
    private var lastVUs: Double?
    private var lastVUsMax: Double?

    init(capacity: Int) {
        self.capacity = capacity
        self.open = [OpenSecond(second: 0), OpenSecond(second: 1)]
    }

    mutating func record(_ request: HTTPRequestSample, second: Int) {
        switch slot(for: second) {
        case .open(let index):
            Self.count(request, into: &open[index].point)
            open[index].latency.add(request.duration)
        case .closed(let index):
            Self.count(request, into: &closed[index])
        case .discarded:
            break
        }
    }

    mutating func record(_ metric: BuiltinMetric, value: Double, second: Int) {
        switch slot(for: second) {
        case .open(let index):
            Self.count(metric, value: value, into: &open[index].point)
        case .closed(let index):
            Self.count(metric, value: value, into: &closed[index])
        case .discarded:
            break
        }
    }

    /// Closes every second up to and including `second`, so a snapshot can show them.
    mutating func close(through second: Int) {
        while openBase <= second, openBase < capacity {
            closeOldest()
        }
    }

    private mutating func slot(for second: Int) -> Slot {
        let second = max(second, 0)
        guard second < capacity else {
            isTruncated = true
            return .discarded
        }
        if second < openBase {
            return .closed(second)
        }
        close(through: second - 2)
        return .open(second - openBase)
    }

    private mutating func closeOldest() {
        var point = open[0].point
        point.latency = LatencySummary(open[0].latency)
        point.vus = point.vus ?? lastVUs
        point.vusMax = point.vusMax ?? lastVUsMax
        lastVUs = point.vus
        lastVUsMax = point.vusMax
        closed.append(point)
        open.swapAt(0, 1)
        openBase += 1
        open[1] = OpenSecond(second: openBase + 1)
    }

    private static func count(_ request: HTTPRequestSample, into point: inout TimeSeriesPoint) {
        point.requests &+= 1
        if request.failed {
            point.failures &+= 1
            let category = request.tags["error_category"] ?? "status \(request.tags["status"] ?? "?")"
            if point.failuresByCategory == nil { point.failuresByCategory = [:] }
            point.failuresByCategory![category, default: 0] &+= 1
        }
        point.dataSent &+= request.bytesSent
        point.dataReceived &+= request.bytesReceived
    }

    private static func count(_ metric: BuiltinMetric, value: Double, into point: inout TimeSeriesPoint) {
        switch metric {
        case .httpReqs:
            point.requests &+= UInt64(max(value, 0))
        case .httpReqFailed where value != 0:
            point.failures &+= 1
        case .iterations:
            point.iterations &+= UInt64(max(value, 0))
        case .droppedIterations:
            point.droppedIterations &+= UInt64(max(value, 0))
        case .vus:
            point.vus = value
        case .vusMax:
            point.vusMax = value
        case .dataSent:
            point.dataSent &+= UInt64(max(value, 0))
        case .dataReceived:
            point.dataReceived &+= UInt64(max(value, 0))
        case .checks where value != 0:
            point.checksPassed &+= 1
        case .checks:
            point.checksFailed &+= 1
        default:
            break
        }
    }
}
