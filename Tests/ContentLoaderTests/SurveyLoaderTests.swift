import ContentLoader
import JourneyModel
import Testing
import TestSupport

@Suite("Survey files")
struct SurveyLoaderTests {
    /// The sample folder with a survey declared on a 1…5 scale and `csv` as its file.
    private func loadSurvey(csv: [UInt8]) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site + "surveys:\n  - { file: data/answers.csv, scale: { min: 1, max: 5 } }\n")
        folder.write("data/answers.csv", bytes: csv)
        return load(folder)
    }

    private func loadSurvey(_ csv: String) -> ContentLoader.Result { loadSurvey(csv: Array(csv.utf8)) }

    @Test func readsColumnsInAnyOrderQuotedFieldsBOMAndCRLF() throws {
        let result = loadSurvey(csv: [0xEF, 0xBB, 0xBF] + Array((
            "score,comment,stage,journey,persona,respondent\r\n"
            + "5,\"Great, really \"\"great\"\"\",awareness,bread,ann,R1\r\n"
            + "1,\"Two\nlines\",Purchase,bread,,R2\r\n"
            + "3,,purchase,bread,ann,R3\r\n").utf8))
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        let responses = result.content.responses
        #expect(responses.map(\.score) == [2, -2, 0])                    // 1…5 mapped onto −2…2
        #expect(responses.map(\.stage) == ["awareness", "purchase", "purchase"])   // a stage by slug or by name
        #expect(responses[0].comment == "Great, really \"great\"")
        #expect(responses[1].comment == "Two\nlines" && responses[1].persona == nil)
        #expect(responses.map(\.source.line) == [2, 3, 5])               // the quoted line break shifts the next row
        #expect(result.content.surveyTally == SurveyTally(read: 3, rejected: 0))
    }

    @Test func badRowsAreRejectedOneByOneAndTheGoodOnesKept() {
        let result = loadSurvey("""
            journey,stage,persona,respondent,score,comment
            bread,awareness,ann,R1,4,fine
            bred,awareness,ann,R2,4,
            bread,checkout,ann,R3,4,
            bread,awareness,zoe,R4,4,
            bread,awareness,ann,R5,9,
            bread,awareness,ann,R6,,
            bread,awareness,ann
            bread,purchase,,R8,2,slow

            """)
        #expect(result.content.responses.map(\.respondent) == ["R1", "R8"])
        #expect(result.content.surveyTally == SurveyTally(read: 8, rejected: 6))
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.location.line) == [3, 4, 5, 6, 7, 8])
        #expect(warnings.map(\.location.file).allSatisfy { $0 == "Content/data/answers.csv" })
        #expect(warnings[0].message == "survey row rejected: unknown journey 'bred': bred,awareness,ann,R2,4,")
        #expect(warnings[0].hint == "did you mean 'bread'?")
        #expect(warnings[1].message.hasPrefix("survey row rejected: the journey 'bread' has no stage 'checkout'"))
        #expect(warnings[2].message.hasPrefix("survey row rejected: 'zoe' is not a persona of the journey 'bread'"))
        #expect(warnings[3].message.hasPrefix("survey row rejected: the score 9 is outside the survey's scale 1…5"))
        #expect(warnings[4].message.hasPrefix("survey row rejected: the score is not a number"))
        #expect(warnings[5].message.hasPrefix("survey row rejected: it has 3 fields, the header 6"))
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func aHeaderWithoutARequiredColumnIsAnError() {
        let result = loadSurvey("journey,stage,persona\nbread,awareness,ann\n")
        #expect(result.lines == ["Content/data/answers.csv:1:1: error: the survey's header has no column 'score'"])
    }

    @Test func aMissingSurveyFileIsAnError() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site + "surveys:\n  - { file: data/nope.csv }\n  - { file: ../outside.csv }\n")
        let result = load(folder)
        #expect(result.lines.contains("Content/data/nope.csv:1:1: error: the survey file declared in site.yml cannot be read"))
        #expect(result.diagnostic(containing: "must be a path inside the content folder") != nil)
    }
}

@Suite("Snapshot files")
struct SnapshotLoaderTests {
    @Test func readsSnapshotsOldestFirst() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("history/b.json", #"{"format": "journeymap-snapshot-1", "label": "Q1", "date": "2026-03-31", "journeys": {"bread": {"score": -1, "stages": {"awareness": {"score": 0.5, "n": 12}}}}}"#)
        folder.write("history/a.json", #"{"format": "journeymap-snapshot-1", "label": "Q2", "date": "2026-06-30", "journeys": {}}"#)
        let result = load(folder)
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.snapshots.map(\.label) == ["Q1", "Q2"])
        #expect(result.content.snapshots[0].journeys["bread"]?.stages["awareness"] == Snapshot.Score(value: 0.5, answers: 12))
    }

    @Test func aBrokenSnapshotIsAnErrorWithItsPosition() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("history/bad.json", "{\n  \"format\": \"journeymap-snapshot-1\",\n  \"journeys\": {,}\n}\n")
        folder.write("history/other.json", #"{"format": "something-else"}"#)
        folder.write("history/date.json", #"{"format": "journeymap-snapshot-1", "date": "31/03/2026", "journeys": {}}"#)
        let result = load(folder)
        let bad = try #require(result.diagnostic(containing: "not valid JSON"))
        #expect(bad.location.file == "Content/history/bad.json")
        #expect(result.diagnostic(containing: "is not a journeymap snapshot")?.location.file == "Content/history/other.json")
        #expect(result.diagnostic(containing: "'date' must be written YYYY-MM-DD") != nil)
    }
}
