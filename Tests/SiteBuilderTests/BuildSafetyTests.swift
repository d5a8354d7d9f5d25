import Foundation
import JourneyModel
import SiteBuilder
import Testing
import TestSupport

/// A content folder in a temporary folder, built with the repository's templates.
struct FixtureSite {
    let folder = TemporaryFolder("journeymap-fixture")

    init() { ContentSamples.write(into: folder, prefix: "Content/") }

    var options: BuildOptions {
        BuildOptions(content: folder.path + "/Content", templates: repositoryRoot.appendingPathComponent("Templates").path,
                     output: folder.path + "/_site")
    }

    func build() -> BuildReport { SiteBuild.run(options) }

    /// Options that build with a copy of the repository's templates, for tests that change them.
    func optionsWithOwnTemplates() throws -> (BuildOptions, TemporaryFolder) {
        let templates = TemporaryFolder("journeymap-templates")
        try FileManager.default.removeItem(at: templates.url)
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates"), to: templates.url)
        var options = self.options
        options.templates = templates.path
        return (options, templates)
    }

    /// Every file of the output folder with its bytes, the build cache and the stage memo left
    /// out (they name the content folder, which differs from fixture to fixture).
    func snapshot() -> [String: String] { Self.snapshot(of: folder, site: "_site") }

    /// The files of the site in `folder` under `site`, with their bytes, but the build's own caches.
    static func snapshot(of folder: TemporaryFolder, site: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: folder.files(under: site).filter { ![".journeymap-cache", ".journeymap-stages"].contains($0) }
            .map { ($0, folder.read(site + "/" + $0) ?? "") })
    }
}

@Suite("Build safety and determinism")
struct BuildSafetyTests {
    @Test func aBuildWithErrorsReportsThemAllAndLeavesThePreviousSiteUntouched() throws {
        let site = FixtureSite()
        #expect(site.build().succeeded)
        let before = site.snapshot()
        #expect(!before.isEmpty)

        site.folder.write("Content/journeys/bread/01-awareness.md", "---\nstage: Awareness\nemotion: 4\n---\n")
        site.folder.write("Content/journeys/bread/02-purchase.md", "---\nstage: Purchase\nactions: [a\n---\n")
        site.folder.write("Content/journeys/bread/journey.md", ContentSamples.journey(personas: ["ann", "zoe"]))
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.errors.count == 3)
        #expect(report.errors.map(\.location.file).sorted() == [
            site.folder.path + "/Content/journeys/bread/01-awareness.md",
            site.folder.path + "/Content/journeys/bread/02-purchase.md",
            site.folder.path + "/Content/journeys/bread/journey.md",
        ])
        #expect(report.errors.allSatisfy { $0.location.line > 1 })
        #expect(!report.phases.map(\.name).contains("render and write"))
        #expect(site.snapshot() == before)
    }

    @Test func aTemplateErrorAlsoLeavesTheSiteUntouched() throws {
        let site = FixtureSite()
        #expect(site.build().succeeded)
        let before = site.snapshot()
        let templates = TemporaryFolder("journeymap-templates")
        for page in ["index", "journey", "stage", "persona"] { templates.write("\(page).mustache", "{{#a}}\n") }
        var options = site.options
        options.templates = templates.path
        let report = SiteBuild.run(options)
        // Four page templates with a syntax error; the other templates are the built-in ones.
        #expect(report.errors.count == 4)
        #expect(report.errors.contains { $0.location.file == templates.path + "/index.mustache" && $0.message.contains("never closed") })
        #expect(site.snapshot() == before)
    }

    @Test func twoBuildsOfTheSameContentAreByteIdentical() {
        let first = FixtureSite(), second = FixtureSite()
        #expect(first.build().succeeded && second.build().succeeded)
        #expect(first.snapshot() == second.snapshot())
    }

    @Test func aRebuildWritesOnlyWhatChanged() {
        let site = FixtureSite()
        let cold = site.build()
        #expect(cold.written == cold.files)
        let again = site.build()
        #expect(again.written == 0 && again.unchanged == cold.files)
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-2"))
        let changed = site.build()
        // The stage page, its journey page, report and poster (page and SVG), the journey's standalone
        // curve, the pages that show the journey's score (index and persona), and journeys.json.
        #expect(changed.written == 9)
        try? FileManager.default.removeItem(atPath: site.folder.path + "/Content/journeys/bread/02-purchase.md")
        let removed = site.build()
        #expect(removed.removed == 1)
        #expect(!site.folder.exists("_site/journeys/bread/purchase.html"))
    }

    @Test func refusesToWriteIntoAFolderItDidNotCreate() {
        let site = FixtureSite()
        site.folder.write("_site/notes.txt", "mine")
        let report = site.build()
        #expect(report.failure?.contains("not made by journeymap") == true)
        #expect(site.folder.files(under: "_site") == ["notes.txt"])
        var options = site.options
        options.force = true
        #expect(SiteBuild.run(options).succeeded)
        #expect(site.folder.read("_site/notes.txt") == "mine")
    }

    @Test func refusesToWriteIntoTheContentFolder() {
        let site = FixtureSite()
        var options = site.options
        options.output = options.content
        #expect(SiteBuild.run(options).failure?.contains("refusing") == true)
        options.output = site.folder.path
        #expect(SiteBuild.run(options).failure?.contains("refusing") == true)
    }

    @Test func contentValuesAreEscaped() throws {
        let site = FixtureSite()
        site.folder.write("Content/journeys/bread/journey.md", """
            ---
            title: "<script>alert('t')</script>"
            personas: [ann]
            scenario: "\\" onmouseover=\\"alert(1)"
            ---
            <img src=x onerror=alert(1)>

            """)
        #expect(site.build().succeeded)
        for page in ["_site/index.html", "_site/journeys/bread/index.html", "_site/journeys/bread/awareness.html"] {
            let html = try #require(site.folder.read(page)).replacingOccurrences(of: "<script src=\"\(SitePathsProbe.root(page.replacingOccurrences(of: "_site/", with: "")))theme/site.js\" defer></script>", with: "")
            #expect(!html.contains("<script"), "\(page)")
            #expect(!html.contains("onerror=alert"), "\(page)")
            #expect(!html.contains("\" onmouseover"), "\(page)")
        }
        #expect(site.folder.read("_site/journeys/bread/index.html")?.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;") == true)
    }
}
