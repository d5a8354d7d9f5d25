import Foundation

/// How long a fuzzing loop runs and from which seed: `iterations` inputs, or for `FUZZ_SECONDS`
/// when that is set, starting from `FUZZ_SEED` (1 by default, so CI runs the same inputs each
/// time).
public struct FuzzBudget: Sendable {
    public let seed: UInt64
    private let iterations: Int
    private let end: ContinuousClock.Instant?

    public init(iterations: Int) {
        let environment = ProcessInfo.processInfo.environment
        seed = environment["FUZZ_SEED"].flatMap(UInt64.init) ?? 1
        self.iterations = iterations
        end = environment["FUZZ_SECONDS"].flatMap(Double.init).map { ContinuousClock.now + .milliseconds(Int($0 * 1000)) }
    }

    /// Whether the loop may run another input after `done` of them.
    public func allows(_ done: Int) -> Bool {
        end.map { ContinuousClock.now < $0 } ?? (done < iterations)
    }
}
