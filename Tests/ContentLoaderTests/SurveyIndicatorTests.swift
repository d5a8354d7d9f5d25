import ContentLoader
import JourneyModel
import Testing
import TestSupport

/// NPS, CSAT and CES columns of a survey: read by their names or as site.yml maps them, checked against their scales.
@Suite("Survey indicator columns")
struct SurveyIndicatorTests {
    private func loadSurvey(_ csv: String, survey: String = "{ file: data/answers.csv }") -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site + "surveys:\n  - \(survey)\n")
        folder.write("data/answers.csv", csv)
        return load(folder)
    }

    @Test func namedColumnsAreReadAndAScoreMayBeLeftOut() {
        let result = loadSurvey("""
            journey,stage,persona,score,nps,csat,ces
            bread,awareness,ann,4,9,5,2
            bread,awareness,ann,,6,3,
            bread,purchase,,,,,7

            """)
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        let rows = result.content.responses
        #expect(rows.map(\.score) == [1, nil, nil])
        #expect(rows.map(\.indicators) == [IndicatorAnswers(nps: 9, satisfied: true, ces: 2), IndicatorAnswers(nps: 6, satisfied: false),
                                           IndicatorAnswers(ces: 7)])
    }

    @Test func answersOffTheirScaleAreRejectedWithFileAndLine() {
        let result = loadSurvey("""
            journey,stage,score,nps,csat,ces
            bread,awareness,4,11,,
            bread,awareness,4,7.5,,
            bread,awareness,4,,6,
            bread,awareness,4,,,0
            bread,awareness,4,,,easy
            bread,awareness,,,,
            bread,awareness,4,10,5,1

            """)
        #expect(result.content.responses.count == 1)
        #expect(result.lines == [
            "Content/data/answers.csv:2:1: warning: survey row rejected: the NPS answer '11' is not a whole number from 0…10",
            "Content/data/answers.csv:3:1: warning: survey row rejected: the NPS answer '7.5' is not a whole number from 0…10",
            "Content/data/answers.csv:4:1: warning: survey row rejected: the CSAT answer '6' is not a number from 1…5",
            "Content/data/answers.csv:5:1: warning: survey row rejected: the CES answer '0' is not a number from 1…7",
            "Content/data/answers.csv:6:1: warning: survey row rejected: the CES answer 'easy' is not a number from 1…7",
            "Content/data/answers.csv:7:1: warning: survey row rejected: no score",
        ])
        #expect(result.diagnostics[2].hint == "correct the answer, or set the survey's 'csat_scale' in site.yml")
    }

    @Test func mappedColumnsAndACSATScaleFromSiteYML() {
        let result = loadSurvey("""
            journey,stage,Recommend?,Satisfied?
            bread,awareness,10,7
            bread,awareness,0,5

            """, survey: "{ file: data/answers.csv, columns: { nps: \"Recommend?\", csat: \"Satisfied?\" }, csat_scale: { min: 1, max: 7, satisfied: 6 } }")
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.responses.map(\.indicators) == [IndicatorAnswers(nps: 10, satisfied: true), IndicatorAnswers(nps: 0, satisfied: false)])
    }

    @Test func aCSATScaleMustHoldItsSatisfiedLevel() {
        let result = loadSurvey("journey,stage,score\n", survey: "{ file: data/answers.csv, csat_scale: { min: 1, max: 5, satisfied: 6 } }")
        #expect(result.lines.contains { $0.hasPrefix("Content/site.yml:") && $0.contains("error: a survey's csat_scale must go up from 'min' to 'max', with 'satisfied' between them") },
                "\(result.lines)")
    }

    @Test func aSurveyWithAScoreColumnPerStageHasNoIndicatorColumn() {
        let declared = loadSurvey("journey,A\n", survey: "{ file: data/answers.csv, scores: { awareness: A }, columns: { nps: N } }")
        #expect(declared.lines.contains { $0.contains("error: 'scores' gives a column per stage, so a 'nps' column rates no stage") }, "\(declared.lines)")
        let named = loadSurvey("journey,A,nps\nbread,4,9\n", survey: "{ file: data/answers.csv, scores: { awareness: A } }")
        #expect(named.lines == ["Content/data/answers.csv:1:3: warning: the survey column 'nps' is ignored: with a score column per stage ('scores'), it rates no stage"])
        #expect(named.content.responses.map(\.indicators) == [IndicatorAnswers()])
    }
}
