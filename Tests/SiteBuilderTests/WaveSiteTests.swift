import ContentLoader
import Foundation
import JourneyAnalysis
import JourneyModel
import Testing
import TestSupport

/// Survey waves end to end: the journey page's changes between waves, and snapshot files that keep each wave's figures.
@Suite("Survey waves, end to end")
struct WaveSiteTests {
    /// Two waves of answers about Awareness: T2 on 1…5 gives ann 1, 2 and someone 4; T3 ann 5, 4 and someone 5.
    private func site(language: String = "en") -> FixtureSite {
        let site = FixtureSite()
        site.folder.write("Content/site.yml", ContentSamples.site.replacingOccurrences(of: "language: en", with: "language: \(language)")
                          + "surveys:\n  - { file: data/t2.csv, wave: T2 }\n  - { file: data/t3.csv, wave: T3 }\n")
        site.folder.write("Content/journeys/bread/01-awareness.md", ContentSamples.stage("Awareness", emotion: "null"))
        site.folder.write("Content/data/t2.csv", "journey,stage,persona,score\nbread,awareness,ann,1\nbread,awareness,ann,2\nbread,awareness,,4\n")
        site.folder.write("Content/data/t3.csv", "journey,stage,persona,score\nbread,awareness,ann,5\nbread,awareness,ann,4\nbread,awareness,,5\n")
        return site
    }

    private func load(_ site: FixtureSite) -> ContentLoader.Result {
        ContentLoader(root: site.folder.url.appendingPathComponent("Content"), displayRoot: "Content").load()
    }

    @Test func theJourneyPageShowsTheChangeBetweenWavesWithWelchsTest() throws {
        let site = site()
        #expect(site.build().succeeded)
        let page = try #require(site.folder.read("_site/journeys/bread/index.html"))
        #expect(page.contains("The curve uses the answers of wave T3 (waves: T2, T3)."))
        // Everyone: T2 {−2, −1, 1} → T3 {2, 1, 2}; scipy ttest_ind([2,1,2], [-2,-1,1], equal_var=False):
        // statistic 2.4749, pvalue 0.10424693020720595, df 2.56, interval −0.9810 … 5.6477.
        #expect(page.contains("<th scope=\"row\">Awareness</th><td class=\"nowrap\">T2 → T3</td><td>−0.7 (n\u{A0}=\u{A0}3) → +1.7 (n\u{A0}=\u{A0}3)</td><td><span class=\"delta delta-positive\">▲ +2.3</span></td><td class=\"nowrap\">−0.98 … +5.65</td><td class=\"nowrap\">p = 0.10</td><td>not significant (small sample)</td>"), "\(page)")
        let stage = try #require(site.folder.read("_site/journeys/bread/awareness.html"))
        #expect(stage.contains("The curve uses the mean of the answers of wave T3."))
        let json = try #require(site.folder.read("_site/journeys.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let waves = try #require((document["journeys"] as? [[String: Any]])?.first?["waves"] as? [String: Any])
        #expect(waves["names"] as? [String] == ["T2", "T3"] && waves["selected"] as? String == "T3")
        let change = try #require((waves["changes"] as? [[String: Any]])?.first)
        #expect(change["p"] as? Double == 0.104247 && change["significant"] as? Bool == false && change["smallSample"] as? Bool == true)
        #expect(change["interval"] as? [Double] == [-0.981, 5.648] && change["difference"] as? Double == 2.333)
        let french = self.site(language: "fr")
        #expect(french.build().succeeded)
        let pageFR = try #require(french.folder.read("_site/journeys/bread/index.html"))
        #expect(pageFR.contains("<td class=\"nowrap\">−0,98 … +5,65</td><td class=\"nowrap\">p = 0,10</td><td>non significatif (petit échantillon)</td>"))
        #expect(pageFR.contains("Petit échantillon\u{A0}: moins de 10 réponses d’un côté\u{A0}; le test dit peu de chose."))
        // Ann's own change is in the table by persona, folded under its summary.
        #expect(page.contains("<summary>Changes by persona (1)</summary>"))
    }

    @Test func waveStatisticsGoThroughASnapshotFileAndBack() throws {
        let site = site()
        let loaded = load(site)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let written = Snapshot(SiteAnalysis(content: loaded.content), label: "Q3", date: "2026-09-30")
        #expect(written.json().contains("\"format\" : \"journeymap-snapshot-2\""))
        site.folder.write("Content/history/q3.json", written.json())
        let read = try #require(load(site).content.snapshots.first?.journeys["bread"])
        // T2 on 1…5 → −2…2: ann −2, −1, someone +1: mean −2/3, sd 1.528; ann's mean −1.5, sd 0.707.
        #expect(read.waves["awareness"]?["T2"] == Snapshot.Score(value: -0.667, answers: 3, deviation: 1.528))
        #expect(read.personaWaves["awareness"]?["ann"]?["T2"] == Snapshot.Score(value: -1.5, answers: 2, deviation: 0.707))
        // The curve uses the latest wave, T3: Ann's answers 2 and 1 (the stage's 3 answers behind it).
        #expect(read.stages["awareness"] == Snapshot.Score(value: 1.5, answers: 3))
        // With the other stage's typed −1, the overall score is (1.5 − 1)/2 = 0.25, and its interval
        // ± ½ × t(0.975, 1) × 0.707/√2 = ±3.177.
        #expect(read.overallInterval == -2.927...3.427)
    }

    @Test func theTrendDrawsTheEarlierWaveWithItsIntervalAndNPSCSATAndCESChangesAreTested() throws {
        let site = FixtureSite()
        site.folder.write("Content/site.yml", ContentSamples.site + "surveys:\n  - { file: data/t2.csv, wave: T2 }\n  - { file: data/t3.csv, wave: T3 }\n")
        site.folder.write("Content/journeys/bread/01-awareness.md", ContentSamples.stage("Awareness", emotion: "null"))
        // CSAT 2 of 6 satisfied in T2, 5 of 6 in T3; scores 2, 3, 3, 4, 4, 2 then 4, 5, 4, 5, 3, 5.
        site.folder.write("Content/data/t2.csv", "journey,stage,score,csat\n" + zip([2, 3, 3, 4, 4, 2], [5, 4, 2, 1, 2, 3]).map { "bread,awareness,\($0),\($1)\n" }.joined())
        site.folder.write("Content/data/t3.csv", "journey,stage,score,csat\n" + zip([4, 5, 4, 5, 3, 5], [5, 4, 5, 4, 4, 2]).map { "bread,awareness,\($0),\($1)\n" }.joined())
        #expect(site.build().succeeded)
        let page = try #require(site.folder.read("_site/journeys/bread/index.html"))
        // se = √(1/3 × 2/3/6 + 5/6 × 1/6/6) = 0.2460; z = 2.033, p = 0.041540067009885176 (scipy:
        // 2 * norm.sf(z)); interval 0.5 ± 1.959964 se = +0.019 … +0.981, in points +2 … +98.
        #expect(page.contains("<th scope=\"row\">Awareness</th><td>CSAT</td><td class=\"nowrap\">T2 → T3</td><td>33% (n\u{A0}=\u{A0}6) → 83% (n\u{A0}=\u{A0}6)</td><td><span class=\"delta delta-positive\">▲ +50 pts</span></td><td class=\"nowrap\">+2 … +98</td><td class=\"nowrap\">p = 0.04</td><td>significant (small sample)</td>"), "\(page)")
        // The trend: wave T2, then now. In T2, Awareness's scores 2, 3, 3, 4, 4, 2 on 1…5 are −1, 0, 0, 1, 1, −1 (mean 0,
        // sd 0.894, n 6); with the other stage's typed −1 the overall score is −0.5, ± ½ × 2.571 × 0.894/√6 = ±0.469.
        #expect(page.contains("<tr><th scope=\"row\">T2</th><td>survey wave</td><td><span class=\"score score-negative\" title=\"Unhappy\">−0.5</span>"), "\(page)")
        #expect(page.contains("<td>−1 … 0</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">now</th><td>the map today (answers of wave T3)</td>"))
        #expect(page.contains(">Survey wave</text>") && page.contains("class=\"interval\""))
        let json = try #require(site.folder.read("_site/journeys.json"))
        #expect(json.contains("\"indicatorChanges\""))
    }
}
