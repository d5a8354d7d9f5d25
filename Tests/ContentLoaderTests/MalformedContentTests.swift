import ContentLoader
import Foundation
import JourneyModel
import Testing
import TestSupport

/// One broken file of the corpus: what replaces a file of the sample content folder, and the
/// diagnostic it must give.
struct MalformedFile: Sendable, CustomTestStringConvertible {
    let name: String
    /// The file replaced, relative to the content folder.
    let path: String
    /// `line:column: severity: message` (the start of it) of the expected diagnostic.
    let expected: String
    let bytes: @Sendable () -> [UInt8]

    var testDescription: String { name }

    init(_ name: String, path: String = "journeys/bread/01-awareness.md", _ expected: String, bytes: @escaping @Sendable () -> [UInt8]) {
        self.name = name
        self.path = path
        self.expected = expected
        self.bytes = bytes
    }

    init(_ name: String, path: String = "journeys/bread/01-awareness.md", _ expected: String, text: @escaping @Sendable () -> String) {
        self.init(name, path: path, expected) { Array(text().utf8) }
    }

    /// A stage note `---\nstage: A\n<yaml>\n---\n`.
    static func stage(_ name: String, _ expected: String, yaml: @escaping @Sendable () -> String) -> MalformedFile {
        MalformedFile(name, expected) { "---\nstage: A\n\(yaml())\n---\n" }
    }

    /// Ten lists of ten, each made of ten of the one before: 10⁹ values from eleven lines.
    static let billionLaughs = (["lol0: &lol0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]"]
        + (1...9).map { level in
            "lol\(level): &lol\(level) [" + Array(repeating: "*lol\(level - 1)", count: 10).joined(separator: ", ") + "]"
        }).joined(separator: "\n")

    static let corpus: [MalformedFile] = [
        MalformedFile("an empty file", "1:1: error: the note has no front matter") { [] },
        MalformedFile("a note without front matter", "1:1: error: the note has no front matter") { "Just some notes\n" },
        MalformedFile("unclosed front matter", "1:1: error: front matter opened with '---' on line 1 is never closed") { "---\nstage: A\n" },
        MalformedFile("front matter that is a list", "2:1: error: the front matter must be a mapping of keys to values, not a list") {
            "---\n- a\n- b\n---\n"
        },
        MalformedFile("front matter that is a single value", "2:1: error: the front matter must be a mapping of keys to values, not a single value") {
            "---\njust words\n---\n"
        },
        MalformedFile("bytes that are not UTF-8", "2:11: error: the file is not valid UTF-8 (byte offset 14)") {
            Array("---\nstage: Caf".utf8) + [0xE9] + Array("\n---\n".utf8)
        },
        MalformedFile("a UTF-16 file", "1:1: error: the file is not valid UTF-8 (byte offset 0)") {
            [0xFF, 0xFE] + "---\nstage: A\n---\n".utf8.flatMap { [$0, 0] }
        },
        MalformedFile("a NUL byte", "2:9: error: the file contains a NUL byte (byte offset 12)") {
            Array("---\nstage: A".utf8) + [0] + Array("B\n---\n".utf8)
        },
        MalformedFile("a NUL byte in site.yml", path: "site.yml", "2:1: error: site.yml contains a NUL byte (byte offset 12)") {
            Array("title: Test\n".utf8) + [0]
        },
        stage("a control character", "3:9: error: YAML cannot be read: control characters are not allowed") { "quote: a\u{7}b" },
        stage("a tab in the indentation", "4:1: error: a tab indents this line: YAML indents with spaces only") { "actions:\n\t- a" },
        stage("10 000 nested brackets", "3:73: error: values are nested more than 64 levels deep") {
            "actions: " + String(repeating: "[", count: 10_000)
        },
        stage("10 000 nested braces, closed", "3:262: error: values are nested more than 64 levels deep") {
            "actions: " + String(repeating: "{a: ", count: 10_000) + "b" + String(repeating: "}", count: 10_000)
        },
        stage("10 000 nested block lists", "4:129: error: values are nested more than 64 levels deep") {
            "actions:\n" + String(repeating: "- ", count: 10_000) + "x"
        },
        stage("a billion laughs", "3:7: error: YAML anchors and aliases are not supported") { billionLaughs },
        stage("a billion laughs as a key", "3:7: error: YAML anchors and aliases are not supported") { billionLaughs + "\n? *lol9\n: x" },
        MalformedFile("a merge key", "2:7: error: YAML anchors and aliases are not supported") { "---\nbase: &base { stage: A }\n<<: *base\n---\n" },
        stage("an alias of nothing", "3:8: error: YAML anchors and aliases are not supported") { "quote: *quote" },
        stage("an anchor in a flow list", "3:14: error: YAML anchors and aliases are not supported") { "actions: [a, &b c]" },
        stage("a duplicate key", "3:1: error: 'stage' is given twice in the same mapping") { "stage: B" },
        stage("a duplicate key in a flow mapping", "4:16: error: 'name' is given twice in the same mapping") {
            "touchpoints:\n  - { name: a, name: b }"
        },
        stage("a number where a word is expected", "3:11: error: 'evidence' is '3', which is not one of") { "evidence: 3" },
        stage("a list where a text is expected", "3:8: error: 'quote' must be a text, not a list") { "quote: [1, 2]" },
        stage("a text where a number is expected", "3:10: error: 'emotion' must be a number, not 'high'") { "emotion: high" },
        stage("a number too large for a double", "3:10: error: 'emotion' must be a number, not '1e400'") { "emotion: 1e400" },
        stage("a count too large for a whole number", "3:22: error: 'visitors' must be a whole number") { "metrics: { visitors: 1e300 }" },
        stage("a boolean where a number is expected", "3:10: error: 'emotion' must be a number, not 'yes'") { "emotion: yes" },
        stage("an actor with a path", "3:29: error: '../ann' is not a persona of this journey") {
            "steps: [{ name: x, actors: [../ann] }]"
        },
        MalformedFile("a persona slug with a path", path: "journeys/bread/journey.md", "3:12: error: unknown persona '../../etc/passwd'") {
            "---\ntitle: Bread\npersonas: [../../etc/passwd]\n---\n"
        },
        MalformedFile("a comparison with an absolute path", path: "journeys/bread/journey.md",
                      "4:11: warning: 'compares' names '/etc/passwd', which is not a journey") {
            "---\ntitle: Bread\npersonas: [ann]\ncompares: /etc/passwd\n---\n"
        },
        MalformedFile("a survey file outside the content folder", path: "site.yml",
                      "2:19: error: the survey file '../../etc/passwd' must be a path inside the content folder") {
            "title: T\nsurveys: [{ file: ../../etc/passwd }]\n"
        },
        MalformedFile("an absolute survey path", path: "site.yml", "2:19: error: the survey file '/etc/passwd' must be a path inside the content folder") {
            "title: T\nsurveys: [{ file: /etc/passwd }]\n"
        },
        MalformedFile("a base URL that breaks out of its attribute", path: "site.yml", "2:11: error: 'base_url' must be an absolute http(s) address") {
            "title: T\nbase_url: \"https://example.com/\\\"><script>alert(1)</script>\"\n"
        },
        MalformedFile("a tag without a letter or digit", path: "journeys/bread/journey.md",
                      "4:12: warning: the tag '\"<>' has no letter or digit, so it gets no page") {
            "---\ntitle: Bread\npersonas: [ann]\ntags: [ok, \"\\\"<>\"]\n---\n"
        },
        MalformedFile("a colour that breaks out of its style", path: "personas/ann.md", "3:8: error: 'color' is 'red;} body{display:none', not a hex colour") {
            "---\nname: Ann\ncolor: \"red;} body{display:none\"\n---\n"
        },
    ]
}

/// Malformed content, a corpus of broken files: each one gives its diagnostic with its
/// position and a hint, never a crash or a hang, and oversized content loads in bounded time.
@Suite("Malformed content")
struct MalformedContentTests {
    /// Loads the sample folder with `relative` replaced by `bytes`, in at most `limit`.
    ///
    /// The limits guard against hangs and quadratic blow-ups (minutes, not seconds); they are
    /// set at several times the time on an idle machine, so that a busy one does not fail them.
    /// Speed itself is measured by scripts/bench.sh.
    private func loadSample(replacing relative: String, with bytes: [UInt8], within limit: Duration = .seconds(10)) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write(relative, bytes: bytes)
        return timedLoad(folder, within: limit)
    }

    private func timedLoad(_ folder: TemporaryFolder, within limit: Duration) -> ContentLoader.Result {
        var result: ContentLoader.Result?
        let elapsed = ContinuousClock().measure { result = load(folder) }
        #expect(elapsed < limit, "loading took \(elapsed)")
        return result!
    }

    @Test(arguments: MalformedFile.corpus)
    func givesItsDiagnosticWithAPositionAndAHint(_ file: MalformedFile) throws {
        let result = loadSample(replacing: file.path, with: file.bytes())
        let expected = "Content/\(file.path):\(file.expected)"
        let diagnostic = try #require(result.diagnostics.first { "\($0.location): \($0.severity.rawValue): \($0.message)".hasPrefix(expected) },
                                      "\(result.lines)")
        #expect(diagnostic.hint != nil)
    }

    @Test func aTwentyMegabyteNoteLoads() throws {
        let paragraph = "The customer reads **every** review, compares [prices](https://example.com) and waits.\n\n"
        let body = String(repeating: paragraph, count: 20_000_000 / paragraph.utf8.count)
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: Array((ContentSamples.stage("Awareness") + body).utf8),
                          within: .seconds(30))
        #expect(!result.diagnostics.hasErrors)
        #expect(try #require(result.content.journeys.first?.stages.first?.bodyHTML.utf8.count) > 20_000_000)
    }

    /// A plain value, a quoted one full of escapes, colons and hashes, one with a colon in every word.
    @Test(arguments: ["long quote ", "a:b#c\\\" ", "url http://a:b "])
    func aTwentyMegabyteValueLoads(_ words: String) throws {
        let value = String(repeating: words, count: 20_000_000 / words.utf8.count)
        let yaml = words.contains("\\") ? "quote: \"\(value)\"\n" : "quote: \(value)\n"
        let result = loadSample(replacing: "journeys/bread/01-awareness.md",
                                with: Array(ContentSamples.stage("Awareness", extra: yaml).utf8), within: .seconds(30))
        #expect(!result.diagnostics.hasErrors, "\(result.lines.prefix(3))")
    }

    @Test func markdownNestedTenThousandLevelsLoads() {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md",
                          with: Array((ContentSamples.stage("Awareness") + String(repeating: "> ", count: 10_000) + "deep\n"
                                       + String(repeating: "[", count: 10_000) + String(repeating: "*", count: 10_000)).utf8))
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func tenThousandStagesInOneJourneyLoad() {
        let folder = TemporaryFolder(inMemory: true)
        ContentSamples.write(into: folder)
        for number in 3...10_002 {
            folder.write("journeys/bread/\(number)-stage-\(number).md", ContentSamples.stage("Stage \(number)", emotion: "\(number % 5 - 2)"))
        }
        let result = timedLoad(folder, within: .seconds(15))
        #expect(!result.diagnostics.hasErrors)
        #expect(result.content.journeys.first?.stages.count == 10_002)
    }

    @Test(arguments: ["personas/zoe.md", "journeys/bread/03-leak.md", "journeys/leak", "assets/secret.txt", "assets/folder",
                      "assets", "history/2026-q1.json", "site.yml"])
    func aSymbolicLinkOutsideTheContentFolderIsRefused(_ link: String) throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder, prefix: "Content/")
        let outside = folder.write("secret/journey.md", "---\ntitle: Secret\n---\nThe build machine's secret.\n")
        let target = link.hasSuffix(".md") || link.hasSuffix(".json") || link.hasSuffix(".yml") || link.hasSuffix(".txt")
            ? outside.path : outside.deletingLastPathComponent().path
        if link == "site.yml" { try FileManager.default.removeItem(at: folder.url.appendingPathComponent("Content/site.yml")) }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Content/\(link)").deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/Content/\(link)", withDestinationPath: target)
        let result = ContentLoader(root: folder.url.appendingPathComponent("Content"), displayRoot: "Content").load()
        let error = try #require(result.diagnostic(containing: "is a symbolic link to a place outside the content folder"), "\(result.lines)")
        #expect(error.location.description.hasPrefix("Content/\(link)"))
        #expect(error.hint != nil)
        #expect(result.content.assets.isEmpty)
        #expect(!result.content.journeys.contains { $0.title == "Secret" })
    }

    @Test func aSymbolicLinkInsideTheContentFolderIsAllowed() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/personas/bob.md", withDestinationPath: "ann.md")
        let result = load(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.lines)")
        #expect(result.content.personas.map(\.slug) == ["ann", "bob"])
    }
}
