import FuzzTargets
import Testing

/// Fuzzing of `journeymap import mermaid`: mutated diagrams never crash the parser, every
/// diagnostic points into the file with a hint, and whatever imports loads without errors.
@Suite("Fuzzing the Mermaid import")
struct MermaidFuzzTests {
    @Test func mutatedDiagramsBreakNoInvariant() {
        let outcome = FuzzSession(.mermaid, iterations: 1500).run()
        #expect(outcome.inputs >= 1500)
        #expect(outcome.failures.isEmpty, "\(outcome.failures.prefix(5))")
    }
}
