@testable import ContentLoader
import FuzzTargets
import Testing
import Yams

/// Fuzzing of what the loader reads: mutated notes and `site.yml` files (bounded here;
/// `scripts/fuzz.sh` runs the same targets for longer, and under libFuzzer), and the anchor
/// guard checked against the YAML parser itself.
@Suite("Fuzzing the loader")
struct FuzzTests {
    @Test(arguments: [(FuzzTarget.note, 1500), (.site, 800)])
    func mutatedInputsBreakNoInvariant(_ target: FuzzTarget, iterations: Int) {
        let outcome = FuzzSession(target, iterations: iterations).run()
        #expect(outcome.inputs >= iterations)
        #expect(outcome.failures.isEmpty, "\(outcome.failures.prefix(5))")
    }

    /// The guard refuses an anchor or alias exactly where the YAML parser would make one: it
    /// misses none the parser sees, and finds none where the parser fails to.
    @Test func theAnchorGuardAgreesWithTheYAMLParser() {
        let budget = FuzzBudget(iterations: 20_000)
        var mutator = Mutator(seed: budget.seed, seeds: Self.anchorSeeds.map { Array($0.utf8) }, fragments: FuzzTarget.note.fragments)
        var anchors = 0, inputs = 0
        while budget.allows(inputs) {
            inputs += 1
            // As the loader hands it over: line ends already read as LF.
            let yaml = String(decoding: mutator.next(), as: UTF8.self).replacingCRLF()
            let finding = YAMLGuard.check(yaml)
            // Aliases in keys make the parser compare their whole expansion: keep it small.
            if finding?.problem == .tooDeep || yaml.utf8.count(where: { $0 == UInt8(ascii: "*") }) > 8 { continue }
            let parsed = Result { () throws -> Bool in
                let parser = try Parser(yaml: yaml, resolver: .basic)
                let node = try parser.singleRoot()
                return withExtendedLifetime(parser) { node?.firstAnchored != nil }
            }
            if finding != nil { anchors += 1 }
            switch (finding, parsed) {
            case (nil, .success(true)): Issue.record("the guard missed an anchor in \(yaml.debugDescription)")
            case (.some(let finding), .success(false)): Issue.record("the guard saw an anchor at \(finding.line):\(finding.column) in \(yaml.debugDescription)")
            default: break
            }
        }
        #expect(anchors > 1000)
    }

    /// YAML where `&` and `*` are anchors and aliases, and where they are only text.
    static let anchorSeeds = [
        "base: &base { stage: A }\nother: *base\nlist: [&x 1, *x]\n",
        "quote: \"*not an alias* & not an anchor\"\nsingle: '&text'\nplain: fish & chips *really*\n",
        "text: |\n  *starred* line\n  &amp; more\nnext: &n 1\n",
        "folded: >-\n    *a\n  back: *a\n",
        "quote: a long line\n  *continued* on the next\nactions:\n  - first\n    &second\n  - *third\n",
        "flow: [a\n  *b, c]\nmap: { k: *v, &w x: y }\n",
        "? &key complex\n: value\n# &comment *comment\nkey: value # *comment\n",
        "- &item a\n- - *item\n  - !!str &tagged b\n",
        "double: \"line one\n  *still quoted\"\nafter: *after\n",
    ]
}
