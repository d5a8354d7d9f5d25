import Foundation
import JourneyModel
@testable import SiteRenderer
import Testing
import TestSupport

/// journeymap as a user runs it: the installed binary in a folder of their own, with the
/// built-in theme and nothing of this repository around.
@Suite("The tool outside its repository")
struct StandaloneToolTests {
    static let built = FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)

    @Test(.enabled(if: built), arguments: [["build"], ["check"], ["snapshot", "--label", "T1"], ["serve", "--port", "0"],
                                           ["new", "persona", "Ann"], ["export", "mermaid", "x"], ["diff"]])
    func outsideASiteEachCommandSaysSoOnce(arguments: [String]) async throws {
        let folder = TemporaryFolder("journeymap-empty")
        let outcome = try await JourneymapCommand.run(arguments, in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.errors == "error: no Content/site.yml here: run journeymap in your site's folder, or pass --content DIR\n")
        #expect(folder.files().isEmpty)
    }

    @Test(.enabled(if: built))
    func aFrenchSiteFromAnEmptyFolderBuildsSnapshotsAndChecksWithNoEnglishWord() async throws {
        let folder = TemporaryFolder("journeymap-fr")
        let created = try await JourneymapCommand.run(["new", "site", "s", "--lang", "fr"], in: folder.url)
        #expect(created.status == 0, "\(created.errors)")
        #expect(!folder.exists("s/Templates"))
        let site = folder.url.appendingPathComponent("s")
        for command in [["build"], ["snapshot", "--label", "T1"], ["check"]] {
            let outcome = try await JourneymapCommand.run(command, in: site)
            #expect(outcome.status == 0, "\(command): \(outcome.errors)")
        }
        #expect(folder.exists("s/Content/history/T1.json"))
        let pages = folder.files(under: "s/_site").filter { $0.hasSuffix(".html") }
        #expect(pages.count == 13)
        for page in pages {
            let words = Self.visibleWords(try #require(folder.read("s/_site/\(page)")))
            let english = words.intersection(Self.englishOnlyWords)
            #expect(english.isEmpty, "\(page) shows English words: \(english.sorted())")
        }
    }

    /// A language journeymap does not ship: `language: de` and `Templates/strings/de.yml` beside
    /// the built-in theme give every interface word from that file.
    @Test(.enabled(if: built))
    func aNewLanguageIsOneStringsFile() async throws {
        let folder = TemporaryFolder("journeymap-de")
        #expect(try await JourneymapCommand.run(["new", "site", "s", "--lang", "fr"], in: folder.url).status == 0)
        // Every English text, its words written backwards (placeholders kept): no English word can show.
        let english = try #require(InterfaceWords.builtin.tables["en"])
        let german = english.mapValues { text in
            text.replacing(/[A-Za-z]{2,}/) { match in match.0.contains("{") ? String(match.0) : String(match.0.reversed()) }
                .replacing(/\{([a-z_]+)\}/) { "{" + String($0.1.reversed()) + "}" }
        }
        let yaml = german.sorted { $0.key < $1.key }.map { "\($0.key): \"\($0.value.replacingOccurrences(of: "\"", with: "\\\""))\"" }
        folder.write("s/Templates/strings/de.yml", yaml.joined(separator: "\n") + "\n")
        let settings = try #require(folder.read("s/Content/site.yml"))
        folder.write("s/Content/site.yml", settings.replacingOccurrences(of: "language: fr ", with: "language: de "))
        let site = folder.url.appendingPathComponent("s")
        let build = try await JourneymapCommand.run(["build"], in: site)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.errors.isEmpty, "\(build.errors)")
        // Content words (the French starter's "notes") are not the interface's.
        let content = folder.files(under: "s/Content").compactMap { folder.read("s/Content/\($0)") }.joined(separator: " ")
        let words = Self.englishWords(besides: german).subtracting(Self.visibleWords(content))
        for page in folder.files(under: "s/_site").filter({ $0.hasSuffix(".html") }) {
            let html = try #require(folder.read("s/_site/\(page)"))
            #expect(html.contains("<html lang=\"de\" data-paper=\"A"), "\(page)")
            let shown = Self.visibleWords(html).intersection(words)
            #expect(shown.isEmpty, "\(page) shows English words: \(shown.sorted())")
        }
    }

    @Test(.enabled(if: built))
    func anOverriddenPartialShowsAndRemovingItBringsTheBuiltinOneBack() async throws {
        let site = FixtureSite()
        site.folder.write("Templates/partials/footer.mustache", "<footer class=\"ours\">Maison Lumière CX</footer>\n")
        let overridden = try await JourneymapCommand.run(["build"], in: site.folder.url)
        #expect(overridden.status == 0, "\(overridden.errors)")
        #expect(site.folder.read("_site/index.html")?.contains("<footer class=\"ours\">Maison Lumière CX</footer>") == true)

        try FileManager.default.removeItem(at: site.folder.url.appendingPathComponent("Templates"))
        let builtin = try await JourneymapCommand.run(["build"], in: site.folder.url)
        #expect(builtin.status == 0, "\(builtin.errors)")
        let index = try #require(site.folder.read("_site/index.html"))
        #expect(!index.contains("Maison Lumière CX"))
        #expect(index.contains("<footer"))
    }

    @Test(.enabled(if: built))
    func aBrokenOverrideIsOneErrorAtItsPlaceAndTheSiteStays() async throws {
        let site = FixtureSite()
        #expect(try await JourneymapCommand.run(["build"], in: site.folder.url).status == 0)
        let before = site.snapshot()
        site.folder.write("Templates/partials/footer.mustache", "<footer>\n{{#site}}\n")
        let outcome = try await JourneymapCommand.run(["build"], in: site.folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.errors.hasPrefix("Templates/partials/footer.mustache:2:1: error: the section 'site' is opened here but never closed"))
        #expect(outcome.errors.components(separatedBy: ": error: ").count == 2)
        #expect(site.snapshot() == before)
    }

    @Test(.enabled(if: built))
    func theTemplatesSettingOfSiteYmlIsUsedAndCheckedAtItsKey() async throws {
        let site = FixtureSite()
        let settings = try #require(site.folder.read("Content/site.yml"))
        site.folder.write("Content/site.yml", settings + "templates: ../theme\n")
        let missing = try await JourneymapCommand.run(["check"], in: site.folder.url)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("Content/site.yml:\(settings.split(separator: "\n").count + 1):12: error: 'templates' names '../theme', which is not a folder"))

        site.folder.write("theme/partials/footer.mustache", "<footer>From theme/</footer>\n")
        #expect(try await JourneymapCommand.run(["build"], in: site.folder.url).status == 0)
        #expect(site.folder.read("_site/index.html")?.contains("From theme/") == true)
    }

    @Test(.enabled(if: built))
    func themeExportWritesTheBuiltinThemeAndNeverOverwrites() async throws {
        let folder = TemporaryFolder("journeymap-theme")
        let first = try await JourneymapCommand.run(["theme", "export", "mine"], in: folder.url)
        #expect(first.status == 0, "\(first.errors)")
        #expect(folder.files(under: "mine") == FileTree.regularFiles(under: repositoryRoot.appendingPathComponent("Templates")))
        folder.write("mine/layout.mustache", "edited")
        let again = try await JourneymapCommand.run(["theme", "export", "mine"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.errors.contains("mine/404.mustache already exists"))
        #expect(folder.read("mine/layout.mustache") == "edited")
    }

    @Test(.enabled(if: built))
    func versionNamesTheReleaseAndLibcmark() async throws {
        let outcome = try await JourneymapCommand.run(["--version"], in: repositoryRoot)
        #expect(outcome.status == 0)
        #expect(outcome.output.hasPrefix("journeymap 0."))
        #expect(outcome.output.contains("\nlibcmark 0."))
        // Built from this git checkout, it names its commit.
        #expect(outcome.output.contains("(commit "))
    }

    @Test(.enabled(if: built))
    func messagesHaveNoColoursOutsideATerminal() async throws {
        let site = FixtureSite()
        site.folder.write("Content/journeys/bread/01-awareness.md", "---\nstage: Awareness\nemotion: 9\n---\n")
        let outcome = try await JourneymapCommand.run(["build"], in: site.folder.url)
        #expect(outcome.status == 1)
        #expect(!outcome.errors.contains("\u{1B}["))
    }

    /// The words a reader sees on a page: text and the attributes read aloud or shown, but
    /// code (a command named in a note is not prose).
    static func visibleWords(_ html: String) -> Set<String> {
        var text = html.replacingOccurrences(of: #"(?s)<(script|style|code)\b[^>]*>.*?</\1>"#, with: " ", options: [.regularExpression])
        let attributes = text.matches(of: /(?:aria-label|title|alt|placeholder)="([^"]*)"/).map { String($0.1) }
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        return Set((attributes + [text]).joined(separator: " ").lowercased()
            .split { !$0.isLetter && $0 != "'" && $0 != "’" }.map(String.init))
    }

    /// Words of the English interface strings that no French string uses.
    static let englishOnlyWords: Set<String> = {
        englishWords(besides: InterfaceWords.builtin.tables["fr"] ?? [:])
    }()

    /// Words of the English interface strings that none of `strings` uses.
    static func englishWords(besides strings: [String: String]) -> Set<String> {
        let other = Set(strings.values.flatMap { visibleWords($0) })
        return Set((InterfaceWords.builtin.tables["en"] ?? [:]).values.flatMap { visibleWords($0) }).subtracting(other).filter { $0.count > 3 }
    }
}
