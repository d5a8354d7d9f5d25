import Foundation
import Testing
import TestSupport

/// NPS, CSAT and CES from survey answers on the stage page, the journey map and journeys.json,
/// beside the metrics typed in notes.
@Suite("Indicators from answers, end to end")
struct IndicatorSiteTests {
    private func site(language: String) -> FixtureSite {
        let site = FixtureSite()
        site.folder.write("Content/site.yml", ContentSamples.site.replacingOccurrences(of: "language: en", with: "language: \(language)")
                          + "surveys:\n  - { file: data/answers.csv }\n")
        // Awareness: NPS 10 9 9 8 7 6 3 10 5 9 → +20; CSAT 7 of 10 → 70 %; CES mean 3.4 (5 answers).
        let nps = [10, 9, 9, 8, 7, 6, 3, 10, 5, 9], csat = [5, 4, 4, 3, 5, 4, 2, 5, 1, 4], ces = ["2", "3", "4", "5", "3", "", "", "", "", ""]
        let rows = (0..<10).map { "bread,awareness,ann,4,\(nps[$0]),\(csat[$0]),\(ces[$0])" }
        site.folder.write("Content/data/answers.csv", (["journey,stage,persona,score,nps,csat,ces"] + rows).joined(separator: "\n") + "\n")
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: "metrics: { nps: 12 }\n"))
        return site
    }

    @Test func theStagePageSaysWhichFigureComesFromAnswersAndWhichWasTyped() throws {
        let site = site(language: "en")
        #expect(site.build().succeeded)
        let awareness = try #require(site.folder.read("_site/journeys/bread/awareness.html"))
        #expect(awareness.contains("<dt>NPS</dt><dd>+20 <span class=\"source from-answers\">from 10 answers, 95% interval −34 to +74</span>"))
        #expect(awareness.contains("<dt>CSAT</dt><dd>70% <span class=\"source from-answers\">from 10 answers, 95% interval 40% to 89%</span>"))
        #expect(awareness.contains("<dt>CES</dt><dd>3.4 <span class=\"source from-answers\">from 5 answers, 95% interval 2 to 4.8</span>"))
        #expect(awareness.contains("NPS, CSAT and CES by persona"))
        let purchase = try #require(site.folder.read("_site/journeys/bread/purchase.html"))
        #expect(purchase.contains("<dt>NPS</dt><dd>12 <span class=\"source\">typed in the note</span>"))
        let map = try #require(site.folder.read("_site/journeys/bread/index.html"))
        #expect(map.contains("<span class=\"label\">NPS</span> +20 <span class=\"source\">from 10 answers"))
        let json = try #require(site.folder.read("_site/journeys.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let stages = try #require((document["journeys"] as? [[String: Any]])?.first?["stages"] as? [[String: Any]])
        let indicators = try #require(stages[0]["indicators"] as? [String: Any])
        let nps = try #require((indicators["overall"] as? [String: Any])?["nps"] as? [String: Any])
        #expect(nps["value"] as? Double == 20 && nps["count"] as? Int == 10 && nps["interval"] as? [Double] == [-34.033, 74.033])
        let ann = try #require((indicators["personas"] as? [String: Any])?["ann"] as? [String: Any])
        #expect((ann["csat"] as? [String: Any])?["value"] as? Double == 0.7)
        #expect(stages[1]["indicators"] == nil)
    }

    @Test func frenchPagesWriteNPSAndCSATTheFrenchWay() throws {
        let site = site(language: "fr")
        #expect(site.build().succeeded)
        let awareness = try #require(site.folder.read("_site/journeys/bread/awareness.html"))
        #expect(awareness.contains("<dt>CSAT</dt><dd>70\u{202F}% <span class=\"source from-answers\">d’après 10 réponses, intervalle à 95\u{202F}% de 40\u{202F}% à 89\u{202F}%</span>"))
        #expect(awareness.contains("<dt>NPS</dt><dd>+20 "))
        #expect(awareness.contains("saisi dans la note") == false)
    }
}
