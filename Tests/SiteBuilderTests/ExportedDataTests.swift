import CSV
import Foundation
import JourneyModel
import SiteBuilder
import Testing
import TestSupport

/// The data files of a built site, read back as another tool would.
@Suite("Exported data")
struct ExportedDataTests {
    let site = FixtureSite()

    init() {
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: """
            pain_points:
              - { text: "=HYPERLINK(\\"http://evil\\"), \\"quoted\\"", severity: high, id: evil }
              - { text: Slow till, severity: low, id: slow-till }
            opportunities:
              - { text: "+Self-checkout", impact: high, effort: low, owner: "@ops", id: self-checkout, addresses: [evil, slow-till] }

            """))
        site.folder.write("Content/site.yml", ContentSamples.site + "base_url: https://intranet.example.com/cx\n")
        #expect(site.build().succeeded)
    }

    private func csvRows(_ name: String) throws -> [[String]] {
        let text = try #require(site.folder.read("_site/" + name))
        #expect(text.hasPrefix("\u{FEFF}"))
        let reader = try CSVReader(string: String(text.dropFirst()), hasHeaderRow: false)
        return reader.map { $0 }
    }

    @Test func thePainPointRegisterParsesBackWithFormulasNeutralized() throws {
        let rows = try csvRows("pain-points.csv")
        #expect(rows.first == ["journey", "stage", "personas", "severity", "pain_point", "id", "addressed_by"])
        #expect(rows.count == 3)
        #expect(rows[1] == ["Buying bread", "Purchase", "Ann", "high", "'=HYPERLINK(\"http://evil\"), \"quoted\"", "evil", "'+Self-checkout"])
        #expect(rows[2][3] == "low")
    }

    @Test func theOpportunityBacklogParsesBack() throws {
        let rows = try csvRows("opportunities.csv")
        #expect(rows.count == 2)
        #expect(rows.first?.suffix(2) == ["id", "addresses"])
        #expect(rows[1] == ["Buying bread", "Purchase", "'+Self-checkout", "high", "low", "quick-win", "9", "'@ops", "", "self-checkout", "evil; slow-till"])
    }

    @Test func journeysJSONHoldsTheComputedData() throws {
        let data = Data(try #require(site.folder.read("_site/journeys.json")).utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let journey = try #require((document["journeys"] as? [[String: Any]])?.first)
        #expect(journey["slug"] as? String == "bread")
        #expect(journey["overallScore"] as? Double == 0)
        let stages = try #require(journey["stages"] as? [[String: Any]])
        #expect(stages.map { $0["slug"] as? String } == ["awareness", "purchase"])
        #expect(stages[1]["friction"] as? Int == 4)
        let opportunity = try #require((stages[1]["opportunities"] as? [[String: Any]])?.first)
        #expect(opportunity["id"] as? String == "self-checkout" && opportunity["addresses"] as? [String] == ["evil", "slow-till"])
        #expect((stages[1]["painPoints"] as? [[String: Any]])?.map { $0["id"] as? String } == ["evil", "slow-till"])
        let summary = try #require(journey["summary"] as? [String: Any])
        #expect((summary["lowest"] as? [String: Any])?["stage"] as? String == "purchase")
    }

    @Test func theSearchIndexCoversEveryKindOfEntry() throws {
        let data = Data(try #require(site.folder.read("_site/search-index.json")).utf8)
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        #expect(Set(entries.compactMap { $0["k"] }) == ["journey", "stage", "pain", "opportunity", "persona"])
        #expect(entries.allSatisfy { site.folder.exists("_site/" + ($0["u"] ?? "missing")) })
        #expect(site.folder.read("_site/search-index.js")?.hasPrefix("window.journeymapSearchIndex = [") == true)
    }

    @Test func aSitemapIsWrittenWhenTheSiteHasABaseURL() throws {
        let xml = try #require(site.folder.read("_site/sitemap.xml"))
        #expect(xml.contains("<loc>https://intranet.example.com/cx/journeys/bread/awareness.html</loc>"))
        let other = FixtureSite()
        #expect(other.build().succeeded)
        #expect(!other.folder.exists("_site/sitemap.xml"))
    }
}
