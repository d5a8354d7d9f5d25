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

    @Test(arguments: ["content", "template", "output", "cache", "drafts"])
    func anyChangeGivesAFullBuildAgain(change: String) throws {
        let site = FixtureSite()
        var (options, templates) = try site.optionsWithOwnTemplates()
        #expect(SiteBuild.run(options).succeeded)
        let clean = site.snapshot()
        switch change {
        case "content": site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "2"))
        case "template": templates.write("partials/footer.mustache", "<footer>changed</footer>\n")
        case "output": site.folder.write("_site/index.html", "tampered")
        case "cache": site.folder.write("_site/.journeymap-cache", "0\n{\"format\": \"journeymap-cache-1\"}")
        default: options.includeDrafts = true
        }
        let report = SiteBuild.run(options)
        #expect(report.succeeded && !report.upToDate, "\(change)")
        if change == "output" || change == "cache" || change == "drafts" {
            #expect(site.snapshot() == clean, "\(change): a full build repairs the site")
        }
        #expect(SiteBuild.run(options).upToDate, "\(change): and the next build is up to date again")
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
