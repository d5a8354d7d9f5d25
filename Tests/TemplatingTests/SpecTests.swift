import Foundation
import Templating
import Testing

/// The official Mustache spec suite, read at run time from `../shared/mustache-spec` beside the
/// package root. Each module is a parameterized test over its cases, named "module: test".
@Suite("Mustache spec")
struct SpecTests {
    @Test("The spec suite is present", .enabled(if: SpecSuite.isAvailable || SpecSuite.isCI, SpecSuite.missing))
    func suiteIsPresent() {
        if !SpecSuite.isAvailable {
            Issue.record("\(SpecSuite.missing); CI must have it")
        }
    }

    @Test(.enabled(if: SpecSuite.isAvailable, SpecSuite.missing), arguments: SpecSuite.cases("comments"))
    func comments(_ spec: SpecCase) { spec.check() }

    @Test(.enabled(if: SpecSuite.isAvailable, SpecSuite.missing), arguments: SpecSuite.cases("delimiters"))
    func delimiters(_ spec: SpecCase) { spec.check() }

    @Test(.enabled(if: SpecSuite.isAvailable, SpecSuite.missing), arguments: SpecSuite.cases("interpolation"))
    func interpolation(_ spec: SpecCase) { spec.check() }

    @Test(.enabled(if: SpecSuite.isAvailable, SpecSuite.missing), arguments: SpecSuite.cases("inverted"))
    func inverted(_ spec: SpecCase) { spec.check() }

    @Test(.enabled(if: SpecSuite.isAvailable, SpecSuite.missing), arguments: SpecSuite.cases("partials"))
    func partials(_ spec: SpecCase) { spec.check() }

    @Test(.enabled(if: SpecSuite.isAvailable, SpecSuite.missing), arguments: SpecSuite.cases("sections"))
    func sections(_ spec: SpecCase) { spec.check() }

    @Test(.enabled(if: SpecSuite.isAvailable, SpecSuite.missing), arguments: SpecSuite.cases("~inheritance"))
    func inheritance(_ spec: SpecCase) { spec.check() }

    @Test(.enabled(if: SpecSuite.isAvailable, SpecSuite.missing), arguments: SpecSuite.cases("~dynamic-names"))
    func dynamicNames(_ spec: SpecCase) { spec.check() }
}

/// One test of the spec: a template, its partials, data, and the expected output.
struct SpecCase: Sendable, CustomTestStringConvertible {
    var module: String
    var name: String
    var summary: String
    var template: String
    var partials: [String: String]
    var data: TemplateValue
    var expected: String

    var testDescription: String { "\(module): \(name)" }

    /// Renders the case (missing partials render as nothing, as the spec wants) and compares.
    func check() {
        let main = "spec/template"
        let sources = [TemplateSource(name: main, text: template)]
            + partials.sorted { $0.key < $1.key }.map { TemplateSource(name: $0.key, text: $0.value) }
        do {
            let library = try TemplateLibrary(sources: sources, options: .init(allowsMissingPartials: true))
            let output = String(decoding: library.render(main, data), as: UTF8.self)
            #expect(output == expected, "\(module): \(name) — \(summary)\ntemplate: \(template.debugDescription)")
        } catch {
            Issue.record("\(module): \(name) — the template does not load: \(error)")
        }
    }
}

enum SpecSuite {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/mustache-spec").standardizedFileURL

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("sections.json").path)
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static var missing: Comment { "the Mustache spec suite is not at \(directory.path)" }

    /// The cases of `module` (`sections`, `~inheritance`), or none when the suite is missing.
    static func cases(_ module: String) -> [SpecCase] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(module + ".json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let tests = root["tests"] as? [[String: Any]] else { return [] }
        return tests.map { test in
            SpecCase(module: module, name: test["name"] as? String ?? "", summary: test["desc"] as? String ?? "",
                     template: test["template"] as? String ?? "", partials: test["partials"] as? [String: String] ?? [:],
                     data: value(test["data"] ?? NSNull()), expected: test["expected"] as? String ?? "")
        }
    }

    /// A JSON value as a template value; JSON booleans are told from numbers by their type code.
    static func value(_ json: Any) -> TemplateValue {
        switch json {
        case let text as String:
            return .string(text)
        case let number as NSNumber:
            return String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number.doubleValue)
        case let list as [Any]:
            return .list(list.map(value))
        case let object as [String: Any]:
            return .object(TemplateObject(object.sorted { $0.key < $1.key }.map { ($0.key, value($0.value)) }))
        default:
            return .null
        }
    }
}
