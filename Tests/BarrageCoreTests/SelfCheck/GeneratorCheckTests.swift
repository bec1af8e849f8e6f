import BarrageCore
import Testing

@Suite("Generator self-check")
struct GeneratorCheckTests {
    private static func seconds(cpu: [Double], lag: Double = 0.2, late: UInt64 = 0) -> [GeneratorSecond] {
        cpu.enumerated().map { index, cores in
            GeneratorSecond(second: index, cpuCores: cores, loopLagP50: lag, loopLagP99: lag * 3, loopLagMax: lag * 4, iterations: 100, lateIterations: late)
        }
    }

    @Test("CPU at 90 % of the usable cores for 3 seconds is generator-bound")
    func cpuSaturated() throws {
        let check = GeneratorCheck(threads: 1, usableCores: 1, seconds: Self.seconds(cpu: [0.5, 0.95, 0.99, 0.97, 0.6]))
        #expect(check.isBound)
        let finding = try #require(check.findings.first)
        #expect(finding.sign == .cpu)
        #expect(finding.fromSecond == 1 && finding.toSecond == 3)
        #expect(abs(finding.figure - 0.97) < 1e-9)
    }

    @Test("a brief CPU spike, or a run well below the bound, is not")
    func notSaturated() {
        #expect(!GeneratorCheck(threads: 1, usableCores: 1, seconds: Self.seconds(cpu: [0.3, 0.95, 0.96, 0.4, 0.97])).isBound)
        #expect(!GeneratorCheck(threads: 2, usableCores: 2, seconds: Self.seconds(cpu: [1.0, 1.2, 1.1, 1.3])).isBound)
    }

    @Test("a median event-loop lag of 10 ms or more for 3 seconds is generator-bound")
    func loopLag() {
        let check = GeneratorCheck(threads: 2, usableCores: 2, seconds: Self.seconds(cpu: [0.5, 0.5, 0.5], lag: 25))
        #expect(check.findings.map(\.sign) == [.loopLag])
    }

    @Test("more than half of the iterations starting 10 ms late for 3 seconds is generator-bound")
    func startLag() {
        #expect(GeneratorCheck(threads: 2, usableCores: 2, seconds: Self.seconds(cpu: [0.2, 0.2, 0.2], late: 60)).findings.map(\.sign) == [.startLag])
        // A busy machine's occasional preemption: a tail of late starts and loop-lag spikes, typical waits short.
        #expect(!GeneratorCheck(threads: 2, usableCores: 2, seconds: Self.seconds(cpu: [0.2, 0.2, 0.2], lag: 2, late: 18)).isBound)
    }

    @Test("a run shorter than the window is judged on all its seconds")
    func shortRun() {
        #expect(GeneratorCheck(threads: 1, usableCores: 1, seconds: Self.seconds(cpu: [0.99, 0.98])).isBound)
        #expect(!GeneratorCheck(threads: 1, usableCores: 1, seconds: []).isBound)
    }

    @Test("the sampler turns cumulative readings into per-second figures")
    func sampler() throws {
        var sampler = GeneratorSampler()
        var startLag = TrendAggregate()
        (0..<98).forEach { _ in startLag.add(1) }
        sampler.start(cpuSeconds: 10, elapsed: .seconds(2), startLag: startLag)
        (0..<95).forEach { _ in startLag.add(2) }
        (0..<5).forEach { _ in startLag.add(40) }
        var lag = TrendAggregate()
        (1...100).forEach { lag.add(Double($0) / 10) }
        let sampled = sampler.sample(cpuSeconds: 10.45, elapsed: .milliseconds(2500), loopLag: lag, startLag: startLag)
        let second = try #require(sampled)
        #expect(second.second == 2)
        #expect(abs(second.cpuCores - 0.9) < 1e-9)
        #expect(second.iterations == 100 && second.lateIterations == 5)
        #expect(second.loopLagMax == 10)
        #expect(abs((second.loopLagP50 ?? 0) - 5) < 0.01)
        #expect(abs((second.loopLagP99 ?? 0) - 9.9) < 0.01)
    }

    @Test("a generator-bound run fails only with --fail-on-generator-bound")
    func exitCode() {
        #expect(ExitCode.forRun(interrupted: false, thresholdsPassed: true, generatorBoundFails: true) == .thresholdsFailed)
        #expect(ExitCode.forRun(interrupted: false, thresholdsPassed: true) == .passed)
        #expect(ExitCode.forRun(interrupted: true, thresholdsPassed: true, generatorBoundFails: true) == .interrupted)
    }
}
