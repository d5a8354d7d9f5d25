import Foundation
import JourneyModel
import SiteBuilder
import Testing
import TestSupport

/// A build with nothing to do stops after reading its inputs, and only then.
@Suite("Skipping builds with nothing to do")
struct BuildCacheTests {
    @Test func aSecondBuildOfTheSameInputsIsUpToDate() {
        let site = FixtureSite()
        let first = site.build()
        #expect(first.succeeded && !first.upToDate)
        let second = site.build()
        #expect(second.succeeded && second.upToDate)
        #expect(second.pages == first.pages && second.journeys == 1)
        #expect(!second.phases.map(\.name).contains("render and write"))
    }

    @Test(arguments: ["content", "template", "output", "deleted output", "cache", "drafts"])
    func anyChangeGivesAFullBuildAgain(change: String) throws {
        let site = FixtureSite()
        var (options, templates) = try site.optionsWithOwnTemplates()
        #expect(SiteBuild.run(options).succeeded)
        let clean = site.snapshot()
        switch change {
        case "content": site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "2"))
        case "template": templates.write("partials/footer.mustache", "<footer>changed</footer>\n")
        case "output": site.folder.write("_site/index.html", "tampered")
        case "deleted output": try FileManager.default.removeItem(at: site.folder.url.appendingPathComponent("_site/journeys/bread/index.html"))
        case "cache": site.folder.write("_site/.journeymap-cache", "0\n{\"format\": \"journeymap-cache-1\"}")
        default: options.includeDrafts = true
        }
        let report = SiteBuild.run(options)
        #expect(report.succeeded && !report.upToDate, "\(change)")
        if ["output", "deleted output", "cache", "drafts"].contains(change) {
            #expect(site.snapshot() == clean, "\(change): a full build repairs the site")
        }
        #expect(SiteBuild.run(options).upToDate, "\(change): and the next build is up to date again")
    }

    @Test func aFileTouchedWithoutChangeLeavesTheSiteUpToDate() throws {
        let site = FixtureSite()
        #expect(site.build().succeeded)
        let note = site.folder.url.appendingPathComponent("Content/journeys/bread/01-awareness.md")
        let text = try String(contentsOf: note, encoding: .utf8)
        try FileManager.default.removeItem(at: note)
        site.folder.write("Content/journeys/bread/01-awareness.md", text)
        #expect(site.build().upToDate, "the same bytes in a new file")
        #expect(site.build().upToDate)
    }

    @Test func aNoteChangedTwiceToTheSameSizeIsNoticedBothTimes() {
        let site = FixtureSite()
        #expect(site.build().succeeded)
        var pages: [String?] = []
        for emotion in ["2", "0"] {
            site.folder.write("Content/journeys/bread/01-awareness.md", ContentSamples.stage("Awareness", emotion: emotion))
            let report = site.build()
            #expect(report.succeeded && !report.upToDate, "emotion \(emotion)")
            pages.append(site.folder.read("_site/journeys/bread/awareness.html"))
        }
        #expect(pages[0] != pages[1])
        #expect(pages[0]?.contains(">+2</span>") == true)
    }

    @Test func warningsAreShownAgainWhenTheBuildIsSkipped() {
        let site = FixtureSite()
        site.folder.write("Content/personas/zoe.md", ContentSamples.persona("Zoe"))
        let first = site.build()
        let second = site.build()
        #expect(second.upToDate)
        #expect(second.warnings == first.warnings && !first.warnings.isEmpty)
    }

    @Test func aBuildWithErrorsLeavesTheCacheAloneAndIsNeverUpToDate() {
        let site = FixtureSite()
        #expect(site.build().succeeded)
        site.folder.write("Content/journeys/bread/01-awareness.md", "---\nstage: A\nemotion: 9\n---\n")
        #expect(!site.build().succeeded)
        #expect(!site.build().upToDate)
    }
}
