import CSV
import Foundation
import JourneyModel
import SiteBuilder
import Testing
import TestSupport

/// The hostile fixture (`Tests/Fixtures/hostile`) built end to end with the repository's
/// templates: every value that tries to break out of its page (script tags, quotes that close
/// attributes, `javascript:` links, spreadsheet formulas, climbing paths) comes out inert.
@Suite("Hostile content")
struct HostileContentTests {
    let folder = TemporaryFolder("journeymap-hostile")
    let report: BuildReport
    /// The files of the temporary folder (the copied content) before the build, with their bytes.
    let before: [String: String]

    init() throws {
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile"),
                                         to: folder.url.appendingPathComponent("Content"))
        before = folder.contents()
        report = SiteBuild.run(BuildOptions(content: folder.path + "/Content", templates: repositoryRoot.appendingPathComponent("Templates").path,
                                            output: folder.path + "/_site"))
    }

    /// The built files of one kind, by path inside the output folder.
    private func output(_ extensions: Set<String>) -> [(path: String, text: String)] {
        folder.files(under: "_site").filter { extensions.contains(URL(fileURLWithPath: $0).pathExtension) }
            .map { ($0, folder.read("_site/" + $0) ?? "") }
    }

    /// Every start tag of every page, chart and sitemap.
    private var tags: [(path: String, tag: HTMLTag)] {
        output(["html", "svg", "xml"]).flatMap { file in HTMLTag.scan(file.text).map { (file.path, $0) } }
    }

    @Test func buildsWithAWarningForTheTagWithoutAPage() {
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.warnings.map(\.message) == ["the tag '\"'<>' has no letter or digit, so it gets no page"])
        #expect(report.written > 30)
        // A tag names its page after its words, cut to fit in a file name.
        #expect(folder.files(under: "_site/tags").contains { $0.hasPrefix("a-tag-far-too-long-to-name-a-file-a-tag") && $0.count <= 69 })
    }

    @Test func thePayloadsArriveAsText() throws {
        let journey = try #require(folder.read("_site/journeys/attack/index.html"))
        #expect(journey.contains("&lt;script&gt;alert(&#39;journey-title&#39;)&lt;/script&gt;"))
        #expect(journey.contains("&quot;&gt;&lt;img src=x onerror=alert(&#39;scenario&#39;)&gt;"))
        let stage = try #require(folder.read("_site/journeys/attack/discover.html"))
        for text in ["&lt;script&gt;alert(&#39;verbatim&#39;)&lt;/script&gt;", "&lt;svg/onload=alert(&#39;touchpoint&#39;)&gt;",
                     "Change since &lt;script&gt;alert(&#39;snapshot&#39;)&lt;/script&gt;&quot; onmouseover="] {
            #expect(stage.contains(text), "\(text)")
        }
    }

    @Test func theOnlyScriptsAreTheTemplatesOwn() {
        let scripts = tags.filter { $0.tag.name == "script" }
        #expect(!scripts.isEmpty)
        for (path, tag) in scripts {
            #expect(tag.attributes.map(\.name) == ["src", "defer"] && tag.attribute("src")?.hasSuffix("theme/site.js") == true, "\(path): \(tag)")
        }
        for file in output(["js"]) where file.path != "theme/site.js" {
            #expect(!file.text.contains("<"), "\(file.path)")
        }
    }

    @Test func noQuoteBreaksOutOfAnAttribute() {
        for (path, tag) in tags {
            #expect(!tag.attributes.contains { $0.name.hasPrefix("on") }, "\(path): \(tag)")
            #expect(!["iframe", "object", "embed", "svg:script", "frame"].contains(tag.name), "\(path): \(tag)")
            #expect(!(tag.name == "meta" && tag.attribute("http-equiv") != nil), "\(path): \(tag)")
        }
    }

    @Test func noLinkRunsScript() {
        let links = tags.flatMap { item in
            item.tag.attributes.filter { ["href", "src", "xlink:href", "action", "formaction", "poster", "srcset", "data"].contains($0.name) }
                .map { (item.path, HTMLTag.normalizedURL($0.value)) }
        }
        #expect(links.count > 100)
        for (path, url) in links {
            #expect(!url.hasPrefix("javascript:") && !url.hasPrefix("vbscript:") && !(url.hasPrefix("data:") && !url.hasPrefix("data:image/")),
                    "\(path): \(url)")
        }
    }

    @Test func spreadsheetCellsNeverRunAsFormulas() throws {
        var formulas = 0
        for file in output(["csv"]) {
            let rows = Array(try CSVReader(string: String(file.text.dropFirst()), hasHeaderRow: false))
            for cell in rows.joined() {
                #expect(!"=+-@\t\r".unicodeScalars.contains { cell.unicodeScalars.first == $0 }, "\(file.path): \(cell)")
                if cell.hasPrefix("'"), let second = cell.unicodeScalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(second) {
                    formulas += 1
                }
            }
        }
        #expect(formulas >= 8)
    }

    @Test func dataFilesParse() throws {
        for file in output(["json"]) {
            #expect(throws: Never.self, "\(file.path)") { try JSONSerialization.jsonObject(with: Data(file.text.utf8)) }
        }
        let script = try #require(folder.read("_site/search-index.js"))
        let prefix = "window.journeymapSearchIndex = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let index = try JSONSerialization.jsonObject(with: Data(script.dropFirst(prefix.count).dropLast(2).utf8)) as? [[String: Any]]
        #expect(index?.contains { ($0["t"] as? String) == "<script>alert('journey-title')</script>" } == true)
    }

    @Test func nothingIsWrittenOutsideTheOutputFolder() {
        let after = folder.contents()
        #expect(after.filter { !$0.key.hasPrefix("_site/") } == before)
        #expect(after.keys.filter { $0.hasPrefix("_site/") }.count > report.files)
    }
}
