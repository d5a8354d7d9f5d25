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
        #expect(warnings[0].message == "survey row rejected: unknown journey 'bred'")
        #expect(warnings[0].hint == "did you mean 'bread'?")
        #expect(warnings[1].message.hasPrefix("survey row rejected: the journey 'bread' has no stage 'checkout'"))
        #expect(warnings[2].message.hasPrefix("survey row rejected: 'zoe' is not a persona of the journey 'bread'"))
        #expect(warnings[3].message.hasPrefix("survey row rejected: the score 9 is outside the survey's scale 1…5"))
        #expect(warnings[4].message.hasPrefix("survey row rejected: no score"))
        #expect(warnings[5].message.hasPrefix("survey row rejected: it has 3 fields, the header 6"))
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func aHeaderWithoutARequiredColumnIsAnError() {
        let result = loadSurvey("journey,stage,persona\nbread,awareness,ann\n")
        #expect(result.lines == ["Content/data/answers.csv:1:1: error: the survey Content/data/answers.csv has no column 'score'"])
    }

    @Test func aMissingSurveyFileIsAnError() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site + "surveys:\n  - { file: data/nope.csv }\n  - { file: ../outside.csv }\n")
        let result = load(folder)
        #expect(result.lines.contains("Content/site.yml:7:5: error: the survey file Content/data/nope.csv cannot be read"))
        #expect(result.diagnostic(containing: "must be a path inside the content folder") != nil)
    }
}

/// Survey exports as Excel and survey tools write them, mapped in site.yml.
@Suite("Survey exports")
struct SurveyExportTests {
    /// The sample folder with `declaration` under `surveys` in site.yml and `bytes` as data/export.csv.
    private func loadExport(_ declaration: String, _ bytes: [UInt8], language: String = "en", stages: [String: String] = [:]) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site.replacingOccurrences(of: "language: en", with: "language: \(language)")
            + "surveys:\n  - file: data/export.csv\n" + declaration)
        folder.write("data/export.csv", bytes: bytes)
        for (path, text) in stages { folder.write(path, text) }
        return load(folder)
    }

    /// `text` in Windows-1252, as French Excel saves "CSV (séparateur : point-virgule)".
    private func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0 == "é" ? 0xE9 : $0 == "è" ? 0xE8 : $0 == "’" ? 0x92 : UInt8($0.value) }
    }

    @Test func aFrenchExcelExportIsReadWithItsSeparatorEncodingAndDecimalCommas() throws {
        let csv = "journey;stage;persona;score;comment\r\nbread;Awareness;Ann;4,5;Très bien\r\nbread;purchase;ann;2,5;L’attente\r\n"
        let result = loadExport("    scale: { min: 1, max: 5 }\n", windows1252(csv), language: "fr")
        #expect(result.lines == ["Content/data/export.csv:1:1: warning: the survey file is not UTF-8: read as Windows-1252, as Excel writes it on Windows"])
        let responses = result.content.responses
        #expect(responses.map(\.score) == [1.5, -0.5])
        #expect(responses.map(\.stage) == ["awareness", "purchase"] && responses.map(\.persona) == ["ann", "ann"])
        #expect(responses.map(\.comment) == ["Très bien", "L’attente"])
    }

    @Test func aGoogleFormsExportMapsItsQuestionsToStages() throws {
        let csv = """
            "Timestamp","Which best describes you?","How did you first hear of us?  (1 = badly, 5 = well)","How easy was paying?","Anything else?"
            "2026/11/02 10:14:03 AM CET","Ann","4","2","Card refused twice"
            "2026/11/02 11:02:40 AM CET","","5","","",
            "2026/11/03 09:00:00 AM CET","Ann","","",""

            """
        let result = loadExport("""
                journey: bread
                columns: { persona: "Which best describes you?", respondent: Timestamp, comment: "anything else?" }
                scores: { awareness: "How did you first hear of us? (1 = badly, 5 = well)", Purchase: How easy was paying? }

            """, Array(csv.utf8))
        #expect(result.content.responses.map { "\($0.stage) \($0.score!) \($0.persona ?? "-")" } == ["awareness 1.0 ann", "purchase -1.0 ann"])
        #expect(result.content.responses.first?.respondent == "2026/11/02 10:14:03 AM CET")
        #expect(result.lines == [
            "Content/data/export.csv:3:1: warning: survey row rejected: it has 6 fields, the header 5",
            "Content/data/export.csv:4:1: warning: survey row rejected: no answer in its score columns",
        ])
    }

    @Test func aTypeformExportWithAStageForTheWholeFile() throws {
        let csv = "#,\"How do you feel about ordering?\",Start Date (UTC),Submit Date (UTC),Network ID\nab12,3,2026-11-02 10:14:03,2026-11-02 10:15:40,f00\n"
        let result = loadExport("    journey: bread\n    stage: purchase\n    columns: { score: How do you feel about ordering?, respondent: \"#\" }\n", Array(csv.utf8))
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.responses.map(\.score) == [0] && result.content.responses.first?.respondent == "ab12")
    }

    @Test func aQualtricsExportIsMappedByQuestionIDOrText() throws {
        let csv = """
            StartDate,ResponseId,Q1,Q2
            Start Date,Response ID,How was finding us?,How was paying?
            "{""ImportId"":""startDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}"
            2026-11-02,R_1,5,1

            """
        let result = loadExport("    journey: bread\n    columns: { respondent: Response ID }\n    scores: { awareness: Q1, purchase: How was paying? }\n",
                          Array(csv.utf8))
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.responses.map(\.score) == [2, -2])
        #expect(result.content.responses.map(\.source.line) == [4, 4] && result.content.responses.first?.respondent == "R_1")
    }

    @Test func aUTF16ExportWithTabs() throws {
        let text = "journey\tstage\tscore\nbread\tawareness\t3\n"
        let result = loadExport("", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.responses.map(\.score) == [0])
    }

    @Test func aMappedColumnThatIsNotThereIsAnErrorInSiteYml() {
        let result = loadExport("    journey: bread\n    scores: { awareness: How did you hear of us? }\n", Array("Timestamp,How did you hear about us?\nx,3\n".utf8))
        #expect(result.diagnostics.map(\.description) == [
            "Content/site.yml:7:5: error: the survey Content/data/export.csv has no column 'How did you hear of us?' (its score for awareness)\n"
                + "    hint: did you mean 'How did you hear about us?'?"])
    }

    @Test func rowsNamingAStageTwoStagesShareAreAnErrorUntilTheNamesDiffer() {
        let result = loadExport("", Array("journey,stage,score\nbread,Awareness,3\n".utf8),
                          stages: ["journeys/bread/02-purchase.md": ContentSamples.stage("Awareness", emotion: "-1")])
        #expect(result.lines.contains("Content/journeys/bread/02-purchase.md:1:1: warning: the stage name 'Awareness' is also the name of Content/journeys/bread/01-awareness.md"))
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message == "survey row rejected: the journey 'bread' has 2 stages named 'Awareness'" })
    }

    @Test func rowsAboutAStageThatDidNotLoadAreLeftOutAndCounted() {
        let result = loadExport("", Array("journey,stage,score\nbread,purchase,3\nbread,purchase,4\n".utf8),
                          stages: ["journeys/bread/02-purchase.md": "---\nstage: [Purchase\n---\n"])
        #expect(result.diagnostics.filter { $0.location.file.hasSuffix(".csv") }.isEmpty, "\(result.lines)")
        #expect(result.content.surveyTally == SurveyTally(read: 2, rejected: 2))
    }
}

@Suite("Snapshot files")
struct SnapshotLoaderTests {
    /// Files in the first format, written before snapshots had waves, still load.
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
