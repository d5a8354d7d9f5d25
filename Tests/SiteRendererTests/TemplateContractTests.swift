import ContentLoader
import ContentSampler
import Foundation
import JourneyAnalysis
import JourneyModel
@testable import SiteRenderer
import Templating
import Testing
import TestSupport

/// docs/templates.md against what templates really receive: every page of the example site is
/// checked, value by value, against the type the reference gives it, both ways.
@Suite("The template reference")
struct TemplateContractTests {
    /// The example site, and a generated one with more journeys and personas than the menus list.
    @Test func everyValueOfEveryPageIsDocumentedAndEveryDocumentedValueIsGiven() throws {
        let reference = try TemplateReference(markdown: String(contentsOf: repositoryRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8))
        let large = TemporaryFolder()
        for file in ContentSample(journeys: PageContext.menuLength + 1, stages: 2, personas: PageContext.menuLength + 1).files() {
            guard case .bytes(let bytes) = file.contents else { continue }
            large.write(file.path, bytes: bytes)
        }
        let templates = try #require(TemplateSet.load(.builtin).0)
        var checker = TemplateReference.Checker(reference: reference)
        for root in [repositoryRoot.appendingPathComponent("Content"), large.url] {
            let result = ContentLoader(root: root, stringKeys: InterfaceWords.builtin.keys).load()
            #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
            let analysis = SiteAnalysis(content: result.content)
            let headers = SiteHeaders(templates: templates)
            let bodies = JourneyBodies(templates: templates)
            // The changes page too, as `build --compare-with` makes it: a stage added since the
            // base, and a new warning.
            var base = result.content
            base.journeys[0].stages.removeLast()
            let warning = Diagnostic.warning(at: SourceLocation(file: "Content/site.yml", line: 1), "a warning")
            let diff = ExperienceDiff(base: DiffSide(analysis: SiteAnalysis(content: base)),
                                      head: DiffSide(analysis: analysis, diagnostics: [warning]))
            let changes = SiteChanges(revision: "main", base: "main (1a2b3c4)", diff: diff)
            for page in Page.all(in: analysis, changes: changes) {
                let fields = try #require(reference.pages[page.template], "docs/templates.md has no section 'Page: \(page.template)'")
                checker.check(page.values(in: analysis, words: .builtin, headers: headers, bodies: bodies, inlineStyle: "", changes: changes),
                              against: .object(fields: reference.everyPage + fields), at: "\(page.template) \(page.path(in: analysis))")
            }
            let body = try #require(reference.partials["journey-body"], "docs/templates.md has no section 'Partial: journey-body'")
            for item in analysis.journeys {
                checker.check(Page.journeyBodyValues(item.journey.slug, in: analysis, words: .builtin),
                              against: .object(fields: reference.everyPage + body), at: "journey-body \(item.journey.slug)")
            }
        }
        for problem in checker.problems + checker.unusedTypes { Issue.record(Comment(rawValue: problem)) }
    }

    /// What `check` holds template names against is what the reference lists.
    @Test func checkKnowsTheNamesTheReferenceLists() throws {
        let reference = try TemplateReference(markdown: String(contentsOf: repositoryRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8))
        let documented = Set((reference.everyPage + reference.pages.values.joined() + reference.partials.values.joined()
            + reference.types.values.joined()).map(\.name))
        #expect(TemplateNames.all == documented)
    }

    @Test func aTemplateThatUsesAValueNoPageGivesIsAnErrorAtItsTag() throws {
        let folder = TemporaryFolder()
        folder.write("partials/footer.mustache", "<footer>\n{{site.title}} {{#jounrey}}{{titl}}{{/jounrey}} {{t.generated_by}} {{t.nope_word}}</footer>\n")
        let (templates, diagnostics) = TemplateSet.load(ThemeFiles(folder: folder.url, display: "Templates"))
        #expect(templates == nil)
        #expect(diagnostics.map(\.description) == [
            "Templates/partials/footer.mustache:2:16: error: no page gives a value named 'jounrey', so 'jounrey' would show nothing\n    hint: did you mean 'journey'?",
            "Templates/partials/footer.mustache:2:28: error: no page gives a value named 'titl', so 'titl' would show nothing\n    hint: did you mean 'title'?",
            "Templates/partials/footer.mustache:2:68: error: 't.nope_word' is not a word of the interface, so it would show nothing\n    hint: docs/templates.md lists the values each template receives",
        ])
    }

    @Test func theCheckerFindsAnUndocumentedAndAMissingValue() throws {
        let reference = try TemplateReference(markdown: """
            ## Every page
            | value | type | meaning |
            |---|---|---|
            | `lang` | text | The language. |
            ### Page: index
            | value | type | meaning |
            |---|---|---|
            | `missing` | number, optional | Never given. |
            """)
        var checker = TemplateReference.Checker(reference: reference)
        checker.check(["lang": "en", "extra": true], against: .object(fields: reference.everyPage + reference.pages["index"]!), at: "index")
        #expect(checker.problems == ["index: 'extra' is given but docs/templates.md does not list it",
                                     "index: 'missing' is listed in docs/templates.md but not given"])
    }
}

/// The types docs/templates.md gives the values of templates.
struct TemplateReference {
    /// What a value is.
    indirect enum Kind: Equatable {
        case text, html, number, flag, words
        case list(Kind)
        case named(String)
        case object(fields: [Field])
    }

    struct Field: Equatable {
        var name: String
        var kind: Kind
        var isOptional: Bool
    }

    /// The values of every page.
    var everyPage: [Field] = []
    /// Each page template's own values, by template name.
    var pages: [String: [Field]] = [:]
    /// The values of each partial rendered apart from its page (`journey-body`), by name.
    var partials: [String: [Field]] = [:]
    /// Each named type's values.
    var types: [String: [Field]] = [:]

    init(markdown: String) throws {
        var section: (pages: [String], type: String?, everyPage: Bool, partial: String?) = ([], nil, false, nil)
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## Every page") {
                section = ([], nil, true, nil)
            } else if line.hasPrefix("### Page: ") {
                section = (line.dropFirst("### Page: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }, nil, false, nil)
            } else if line.hasPrefix("### Partial: ") {
                section = ([], nil, false, String(line.dropFirst("### Partial: ".count)))
            } else if line.hasPrefix("### ") {
                section = ([], String(line.dropFirst(4)), false, nil)
            } else if line.hasPrefix("## ") {
                section = ([], nil, false, nil)
            } else if line.hasPrefix("| `"), let field = Self.field(line) {
                if section.everyPage { everyPage.append(field) }
                if let partial = section.partial { partials[partial, default: []].append(field) }
                for page in section.pages { pages[page, default: []].append(field) }
                if let type = section.type { types[type, default: []].append(field) }
            }
        }
    }

    /// A table row: `| \`name\` | type | meaning |`.
    private static func field(_ line: String) -> Field? {
        let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 2 else { return nil }
        var type = cells[1].replacingOccurrences(of: #"\[([^\]]+)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        let isOptional = type.hasSuffix(", optional")
        if isOptional { type = String(type.dropLast(", optional".count)) }
        return Field(name: cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), kind: kind(type), isOptional: isOptional)
    }

    private static func kind(_ type: String) -> Kind {
        if type.hasPrefix("list of ") { return .list(kind(String(type.dropFirst("list of ".count)))) }
        switch type {
        case "text": return .text
        case "HTML": return .html
        case "number": return .number
        case "flag": return .flag
        case "words by key", "addresses by chart name": return .words
        default: return .named(type)
        }
    }

    /// Walks value trees against the reference and notes every difference.
    struct Checker {
        let reference: TemplateReference
        private(set) var problems: [String] = []
        private var seenTypes: Set<String> = []

        init(reference: TemplateReference) { self.reference = reference }

        /// The named types the reference lists that no page gave.
        var unusedTypes: [String] {
            Set(reference.types.keys).subtracting(seenTypes).sorted().map { "docs/templates.md lists the type \($0), which no page gives" }
        }

        mutating func check(_ value: TemplateValue, against kind: Kind, at place: String) {
            switch (kind, value) {
            case (.text, .string), (.html, .html), (.number, .number), (.flag, .bool): break
            case (.words, .object(let object)):
                for key in object.keys {
                    guard case .string = object[key] else { return note("\(place).\(key) is not text") }
                }
            case (.list(let element), .list(let items)):
                for item in items { check(item, against: element, at: place + "[]") }
            case (.named(let name), _):
                guard let fields = reference.types[name] else { return note("\(place): the type \(name) is not in docs/templates.md") }
                seenTypes.insert(name)
                check(value, against: .object(fields: fields), at: place)
            case (.object(let fields), .object(let object)):
                for key in object.keys where !fields.contains(where: { $0.name == key }) {
                    note("\(place): '\(key)' is given but docs/templates.md does not list it")
                }
                for field in fields {
                    guard let child = object[field.name] else {
                        note("\(place): '\(field.name)' is listed in docs/templates.md but not given")
                        continue
                    }
                    if case .null = child {
                        if !field.isOptional { note("\(place).\(field.name) is null, but docs/templates.md does not say it is optional") }
                    } else {
                        check(child, against: field.kind, at: "\(place).\(field.name)")
                    }
                }
            default:
                note("\(place) is \(value), not \(kind) as docs/templates.md says")
            }
        }

        private mutating func note(_ problem: String) {
            if !problems.contains(problem) { problems.append(problem) }
        }
    }
}
