import ContentLoader
import JourneyModel
import Testing
import TestSupport

/// Survey waves: one per file, per row from a `wave` column, or from a date by a rule in site.yml.
@Suite("Survey waves")
struct SurveyWaveTests {
    private func loadSurveys(_ surveys: String, files: [String: String], journey: String? = nil, language: String = "en") -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site.replacingOccurrences(of: "language: en", with: "language: \(language)") + "surveys:\n" + surveys)
        for (path, csv) in files { folder.write(path, csv) }
        if let journey { folder.write("journeys/bread/journey.md", journey) }
        return load(folder)
    }

    @Test func daysAreReadYearFirstOnly() {
        #expect(CalendarDay("2026-07-14") == CalendarDay(year: 2026, month: 7, day: 14))
        #expect(CalendarDay("2026/11/02 10:14") == CalendarDay(year: 2026, month: 11, day: 2))
        #expect(CalendarDay("2026-07-14T10:14:00Z") == CalendarDay(year: 2026, month: 7, day: 14))
        #expect(CalendarDay("2024-02-29") != nil && CalendarDay("2026-02-29") == nil && CalendarDay("2026-04-31") == nil)
        for text in ["14/07/2026", "2026-7-14", "2026-13-01", "2026-07-14x", "2026-07/14", "today"] { #expect(CalendarDay(text) == nil, "\(text)") }
    }

    @Test func quarterMonthAndRangeRules() {
        let day = { CalendarDay($0)! }
        #expect(WaveRule.quarter.wave(of: day("2026-01-01"), language: "en") == "2026-Q1")
        #expect(WaveRule.quarter.wave(of: day("2026-03-31"), language: "en") == "2026-Q1")
        #expect(WaveRule.quarter.wave(of: day("2026-07-01"), language: "fr") == "2026-T3")
        #expect(WaveRule.quarter.wave(of: day("2026-12-31"), language: "en") == "2026-Q4")
        #expect(WaveRule.month.wave(of: day("2026-09-30"), language: "en") == "2026-09")
        let ranges = WaveRule.ranges([WaveRange(name: "spring", from: day("2026-03-15"), to: day("2026-06-14")),
                                      WaveRange(name: "summer", from: day("2026-06-15"), to: day("2026-09-30"))])
        #expect(ranges.wave(of: day("2026-03-15"), language: "en") == "spring")   // both ends included
        #expect(ranges.wave(of: day("2026-06-14"), language: "en") == "spring")
        #expect(ranges.wave(of: day("2026-06-15"), language: "en") == "summer")
        #expect(ranges.wave(of: day("2026-10-01"), language: "en") == nil)
    }

    @Test func aWavePerFileAndPerRow() {
        let result = loadSurveys("""
              - { file: data/t2.csv, wave: 2026-T2 }
              - { file: data/rows.csv }

            """, files: ["data/t2.csv": "journey,stage,score\nbread,awareness,4\n",
                         "data/rows.csv": "journey,stage,score,wave\nbread,awareness,5,2026-T3\nbread,purchase,2,2026-T2\n"])
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.responses.map(\.wave) == ["2026-T2", "2026-T3", "2026-T2"])
    }

    @Test func datesGiveWavesByTheRuleAndUnreadableDatesRejectTheirRow() {
        let csv = """
            journey,stage,score,Submitted at
            bread,awareness,4,2026-06-30
            bread,awareness,4,2026/07/01 09:00
            bread,awareness,4,01/07/2026
            bread,awareness,4,
            bread,awareness,4,2026-10-02

            """
        let quarter = loadSurveys("  - { file: data/a.csv, columns: { date: Submitted at }, waves: quarter }\n", files: ["data/a.csv": csv], language: "fr")
        #expect(quarter.content.responses.map(\.wave) == ["2026-T2", "2026-T3", "2026-T4"])
        #expect(quarter.lines == [
            "Content/data/a.csv:4:1: warning: survey row rejected: the date '01/07/2026' is not written year first (YYYY-MM-DD)",
            "Content/data/a.csv:5:1: warning: survey row rejected: no date, which its wave is found from",
        ])
        let ranges = loadSurveys("""
              - file: data/a.csv
                columns: { date: Submitted at }
                waves:
                  - { name: before, from: 2026-01-01, to: 2026-06-30 }
                  - { name: after, from: 2026-07-01, to: 2026-09-30 }

            """, files: ["data/a.csv": csv])
        #expect(ranges.content.responses.map(\.wave) == ["before", "after"])
        #expect(ranges.lines.last == "Content/data/a.csv:6:1: warning: survey row rejected: the date 2026-10-02 is in none of the survey's waves")
    }

    @Test func wrongWaveSettingsAreErrorsInSiteYML() {
        let result = loadSurveys("""
              - { file: data/a.csv, waves: weekly }
              - { file: data/a.csv, wave: T1, waves: month }
              - file: data/a.csv
                waves: [{ name: a, from: 2026-02-01, to: 2026-01-01 }]
              - file: data/a.csv
                waves: [{ name: a, from: 2026-01-01, to: 2026-03-01 }, { name: b, from: 2026-03-01, to: 2026-04-01 }]
              - file: data/a.csv
                waves: [{ name: a, from: 01/01/2026, to: 2026-03-01 }]

            """, files: ["data/a.csv": "journey,stage,score,date\n"])
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line): \($0.message)" }
        #expect(errors == [
            "7: 'waves' is 'weekly', which is no rule to find a wave from a date",
            "8: the survey gives its rows a wave and a rule to find it from their dates",
            "10: the wave 'a' ends (2026-01-01) before it starts (2026-02-01)",
            "12: the wave 'b' overlaps the wave 'a'",
            "14: 'from' is '01/01/2026', which is not a date YYYY-MM-DD",
        ], "\(result.lines)")
    }

    @Test func aJourneysSurveyWaveMustBeAWaveOfItsAnswers() {
        let journey = "---\ntitle: Bread\npersonas: [ann]\nsurvey_wave: 2026-T4\n---\n"
        let result = loadSurveys("  - { file: data/a.csv, wave: 2026-T3 }\n", files: ["data/a.csv": "journey,stage,score\nbread,awareness,4\n"], journey: journey)
        #expect(result.lines == ["Content/journeys/bread/journey.md:4:14: error: 'survey_wave' is '2026-T4', but no survey answer about the journey is of that wave"])
        #expect(result.diagnostics.first?.hint == "did you mean '2026-T3'? Waves of its answers: 2026-T3; or 'all' for every answer")
        let all = loadSurveys("  - { file: data/a.csv, wave: 2026-T3 }\n", files: ["data/a.csv": "journey,stage,score\nbread,awareness,4\n"],
                              journey: journey.replacingOccurrences(of: "2026-T4", with: "all"))
        #expect(all.diagnostics.isEmpty)
    }

    @Test func aSurveyWithoutAWaveBesideSurveysWithOneIsNamed() {
        let result = loadSurveys("  - { file: data/a.csv, wave: 2026-T3 }\n  - { file: data/b.csv }\n",
                                 files: ["data/a.csv": "journey,stage,score\nbread,awareness,4\n", "data/b.csv": "journey,stage,score\nbread,awareness,4\n"])
        #expect(result.lines == ["Content/site.yml:8:5: warning: the survey Content/data/b.csv gives no wave, while other surveys do: its answers count only with 'survey_wave: all'"])
    }
}
