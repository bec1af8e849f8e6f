import Foundation
import NIOCore

/// How many cores barrage can use: its event-loop threads, capped by the CPUs the process may run on
/// (`taskset`, cpusets). `System.coreCount` honours cgroup limits but not the affinity mask, so the mask is
/// read from `/proc/self/status` (`Cpus_allowed_list: 0-1,3`).
enum UsableCores {
    static func count(threads: Int) -> Double {
        Double(min(threads, System.coreCount, allowedCPUs() ?? Int.max))
    }

    /// CPUs in the affinity mask; `nil` where `/proc` is not available.
    static func allowedCPUs() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") })
        else { return nil }
        let list = line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces)
        var count = 0
        for part in list.split(separator: ",") {
            let bounds = part.split(separator: "-").compactMap { Int($0) }
            switch bounds.count {
            case 1: count += 1
            case 2 where bounds[1] >= bounds[0]: count += bounds[1] - bounds[0] + 1
            default: return nil
            }
        }
        return count > 0 ? count : nil
    }
}
