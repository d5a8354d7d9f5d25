import Foundation
import Testing
import TestSupport

/// The impact/effort quadrants from site.yml's own table: the matrix, its printed rule, the ranking and journeys.json follow it.
@Suite("Quadrant rule from site.yml")
struct QuadrantRuleSiteTests {
    private func site(quadrants: String) -> FixtureSite {
        let site = FixtureSite()
        site.folder.write("Content/site.yml", ContentSamples.site + quadrants)
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: """
            opportunities:
              - { text: Guest checkout, impact: medium, effort: medium }
              - { text: Lockers, impact: low, effort: high }

            """))
        return site
    }

    @Test func aSitesTableMovesMediumForMediumToQuickWinsAndCanLeaveAQuadrantEmpty() throws {
        let site = site(quadrants: "quadrants:\n  medium: { medium: quick-win, high: fill-in }\n  low: { high: fill-in }\n")
        #expect(site.build().succeeded)
        let page = try #require(site.folder.read("_site/journeys/bread/index.html"))
        #expect(page.contains("Quick win: high impact, low effort; medium impact, low effort; medium impact, medium effort."))
        #expect(!page.contains("Money pit: "))                   // no cell is a money pit: the quadrant is not drawn or named
        let matrix = try #require(site.folder.read("_site/journeys/bread/opportunities.svg"))
        #expect(!matrix.contains("quadrant money-pit") && matrix.contains("<title>#1 Guest checkout — impact medium, effort medium (Quick win)</title>"))
        let json = try #require(site.folder.read("_site/journeys.json"))
        #expect(json.contains("\"quadrant\" : \"quick-win\"") && json.contains("\"quadrant\" : \"fill-in\""))
    }

    @Test func anUnknownQuadrantOrLevelIsNamedAtItsPlace() {
        let site = site(quadrants: "quadrants:\n  medium: { medium: quick-wins }\n  huge: { low: quick-win }\n")
        let report = site.build()
        #expect(!report.succeeded)
        let lines = report.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
        #expect(lines.contains { $0.hasSuffix("Content/site.yml:7:21: error: 'medium' is 'quick-wins', which is not one of: quick-win, big-bet, fill-in, money-pit") }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix("Content/site.yml:8:3: error: unknown key 'huge' in quadrants (an impact: low, medium or high): what it holds would be left out") }, "\(lines)")
    }
}
