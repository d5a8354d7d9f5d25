@testable import ContentLoader
import Testing
import Yams

/// The anchor and nesting guard on YAML texts: where `&` and `*` start an anchor or an alias,
/// where they are only text, and where nesting goes too deep. Several cases come from the
/// fuzz test that checks the guard against the YAML parser.
@Suite("YAML guard")
struct YAMLGuardTests {
    @Test(arguments: [
        ("a: &x 1", "1:4 anchor"),
        ("a: *x", "1:4 alias"),
        ("a: [b, *c]", "1:8 alias"),
        ("a: {k: &v x}", "1:8 anchor"),
        ("- &x a", "1:3 anchor"),
        ("? &k a\n: b", "1:3 anchor"),
        ("a: !!str &x b", "1:10 anchor"),
        ("a: b\n--- *x", "2:5 alias"),
        ("a: b\u{85}c: *x", "1:9 alias"),
        ("a: b\u{2028}c: &x d", "1:9 anchor"),
        ("a: " + String(repeating: "[", count: 70), "1:67 tooDeep"),
        ("a:\n" + String(repeating: "- ", count: 70) + "x", "2:129 tooDeep"),
    ])
    func findsAnchorsAliasesAndDeepNesting(_ yaml: String, _ expected: String) throws {
        let finding = try #require(YAMLGuard.check(yaml))
        #expect("\(finding.line):\(finding.column) \(finding.problem)" == expected)
    }

    @Test(arguments: [
        "a: \"*x &y\"",
        "a: 'it''s *x'",
        "a: fish & chips *yes*",
        "a: b # *comment\n# &x\nc: d",
        "a: |\n  *x\n  &y\nb: c",
        "a: >-\n\n    *x\n  more",
        "a: a long line\n  *continued",
        "- item\n  *continued",
        "- key: value\n    *continued",
        "!!str key: a long line\n  *continued",
        "\u{FEFF}a: a long line\n  *continued",
        "a: [b\n  *c]",
        "a: \"one\n  *two\"",
        "a: x\u{2028}  y",
    ])
    func leavesTextAlone(_ yaml: String) {
        #expect(YAMLGuard.check(yaml) == nil)
    }

    /// The check of the parsed tree, behind the guard, visits each node once: it once went down
    /// the branch it found twice per level, exponential in the depth.
    @Test func theParsedTreeIsCheckedInLinearTime() throws {
        let parser = try Parser(yaml: String(repeating: "? ", count: 60) + "&key x\n: value\n", resolver: .basic)
        let node = try parser.singleRoot()
        var anchored: Node?
        let elapsed = ContinuousClock().measure { anchored = withExtendedLifetime(parser) { node?.firstAnchored } }
        #expect(anchored?.string == "x")
        #expect(elapsed < .seconds(1))
    }
}
