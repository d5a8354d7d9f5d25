import Foundation
import TestSupport

/// A fuzzing run of one target for a test: the saved regression inputs first, then seeded
/// mutations within a `FuzzBudget` (a number of iterations, or `FUZZ_SECONDS`, from
/// `FUZZ_SEED`). Before each input runs, it is saved to
/// `journeymap-fuzz-<target>-last-input` in `TemporaryFolder.memory`, so an input that
/// crashes the process is kept.
public struct FuzzSession {
    /// An input that broke an invariant or ran too long, saved to `file` for replay.
    public struct Failure: CustomStringConvertible {
        public var file: String
        public var problems: [String]
        public var description: String { "\(file):\n  " + problems.joined(separator: "\n  ") }
    }

    /// What a run did.
    public struct Outcome {
        public var inputs = 0
        public var failures: [Failure] = []
    }

    public let target: FuzzTarget
    /// The mutated inputs to run unless `FUZZ_SECONDS` is set.
    public let iterations: Int
    /// The most one input may take; longer counts as a hang.
    public var limit: Duration = .seconds(2)

    public init(_ target: FuzzTarget, iterations: Int) {
        self.target = target
        self.iterations = iterations
    }

    /// The inputs kept because they once broke something: `Tests/Fixtures/fuzz-regressions/<target>/`.
    public var regressions: [(name: String, bytes: [UInt8])] {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/fuzz-regressions/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()) ?? []
        return names.compactMap { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, Array($0)) }
        }
    }

    public func run() -> Outcome {
        let budget = FuzzBudget(iterations: iterations)
        var mutator = Mutator(seed: budget.seed, target: target)
        let runner = FuzzRunner(target)
        var outcome = Outcome()
        for regression in regressions { check(regression.bytes, with: runner, into: &outcome) }
        var mutated = 0
        while budget.allows(mutated) {
            check(mutator.next(), with: runner, into: &outcome)
            mutated += 1
        }
        return outcome
    }

    private func check(_ input: [UInt8], with runner: FuzzRunner, into outcome: inout Outcome) {
        save(input, as: "last-input")
        var problems: [String] = []
        let elapsed = ContinuousClock().measure { problems = runner.run(input) }
        if elapsed > limit { problems.append("took \(elapsed)") }
        outcome.inputs += 1
        if !problems.isEmpty {
            outcome.failures.append(Failure(file: save(input, as: "failure-\(outcome.failures.count + 1)"), problems: problems))
        }
    }

    /// Writes `input` to `journeymap-fuzz-<target>-<name>` in `TemporaryFolder.memory`; returns its path.
    @discardableResult
    private func save(_ input: [UInt8], as name: String) -> String {
        let path = TemporaryFolder.memory.appendingPathComponent("journeymap-fuzz-\(target.rawValue)-\(name)").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(input))
        return path
    }
}
