import ContentLoader
import JourneyModel
import Testing
import TestSupport

@Suite("Feedback files")
struct FeedbackLoaderTests {
    /// The sample folder, its purchase stage with a pain point `busy-line`, with the feedback
    /// files `declaration` declares in site.yml and `files` holds.
    private func loadFeedback(_ declaration: String, _ files: [String: [UInt8]]) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site + "feedback:\n" + declaration)
        folder.write("journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1",
                                                                          extra: "pain_points:\n  - { text: Busy line, id: busy-line }\n"))
        for (path, bytes) in files { folder.write(path, bytes: bytes) }
        return load(folder)
    }

    @Test func aZendeskExportIsReadWithItsOwnHeadersAndEachRowsChannel() throws {
        let csv = "Ticket,Created at,Journey,Stage,Persona,Channel,Pain,Description\n"
            + "T1,2026-09-02T09:14:00Z,bread,purchase,Ann,,busy-line,\"Nobody answers, ever\"\n"
            + "T2,2026/09/03 5:40 PM,Buying bread,Awareness,,chat,,Saw your poster\n"
        let result = loadFeedback("  - { file: data/tickets.csv, channel: support, columns: { date: Created at, text: Description } }\n",
                                  ["data/tickets.csv": Array(csv.utf8)])
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        let items = result.content.feedback
        #expect(items == [
            FeedbackItem(journey: "bread", stage: "purchase", persona: "ann", date: "2026-09-02", text: "Nobody answers, ever",
                         channel: "support", pain: "busy-line", source: SourceLocation(file: "Content/data/tickets.csv", line: 2)),
            FeedbackItem(journey: "bread", stage: "awareness", date: "2026-09-03", text: "Saw your poster", channel: "chat",
                         source: SourceLocation(file: "Content/data/tickets.csv", line: 3)),
        ])
        #expect(result.content.feedbackTally == SurveyTally(read: 2, rejected: 0))
    }

    @Test func aFrenchExcelExportIsReadWithAWarningForItsEncoding() throws {
        // "Très lent" in Windows-1252, with ';' between fields.
        let csv: [UInt8] = Array("journey;stage;text\nbread;purchase;Tr".utf8) + [0xE8] + Array("s lent\n".utf8)
        let result = loadFeedback("  - { file: data/avis.csv, channel: avis }\n", ["data/avis.csv": csv])
        #expect(result.content.feedback.map(\.text) == ["Très lent"])
        #expect(result.diagnostic(containing: "the feedback file is not UTF-8: read as Windows-1252")?.severity == .warning)
    }

    @Test func aRowThatCannotBeUsedIsRejectedAtItsLineAndTheOthersAreKept() throws {
        let csv = "journey,stage,date,pain,text\n"
            + "bread,purchase,14/03/2026,,Dates the French way\n"
            + "bread,purchase,,busy-lin,A typo in the pain's id\n"
            + "bread,checkout,,,An unknown stage\n"
            + "bread,purchase,,,\n"
            + "bread,purchase,2026-02-30,,Not a day\n"
            + "bread,purchase,2026-03-14,busy-line,Kept\n"
        let result = loadFeedback("  - { file: data/f.csv, channel: support }\n", ["data/f.csv": Array(csv.utf8)])
        #expect(result.content.feedback.map(\.text) == ["Kept"])
        #expect(result.content.feedbackTally == SurveyTally(read: 6, rejected: 5))
        let date = try #require(result.diagnostic(containing: "the date '14/03/2026' is not written year first"))
        #expect(date.location == SourceLocation(file: "Content/data/f.csv", line: 2) && date.severity == .warning)
        #expect(date.message.hasPrefix("feedback row rejected: "))
        #expect(result.diagnostic(containing: "no pain point has the id 'busy-lin'")?.hint == "did you mean 'busy-line'?")
        #expect(result.diagnostic(containing: "has no stage 'checkout'")?.location.line == 4)
        #expect(result.diagnostic(containing: "rejected: no text")?.location.line == 5)
        #expect(result.diagnostic(containing: "the date '2026-02-30'")?.location.line == 6)
    }

    @Test func aFileWithoutAColumnItNeedsOrAnyChannelIsAnError() throws {
        let noText = loadFeedback("  - { file: data/f.csv, channel: support }\n", ["data/f.csv": Array("journey,stage,message\nbread,purchase,Hi\n".utf8)])
        let missing = try #require(noText.diagnostic(containing: "has no column 'text'"))
        #expect(missing.severity == .error && missing.hint?.contains("columns: { text:") == true)
        #expect(noText.content.feedback.isEmpty)

        let noChannel = loadFeedback("  - { file: data/f.csv }\n", ["data/f.csv": Array("journey,stage,text\nbread,purchase,Hi\n".utf8)])
        let channel = try #require(noChannel.diagnostic(containing: "says nowhere which channel its items come from"))
        #expect(channel.location == SourceLocation(file: "Content/site.yml", line: 7, column: 5))
    }

    @Test func yearFirstDatesAreReadAndOthersAreNot() {
        #expect(CalendarDay("2026-03-14")?.description == "2026-03-14")
        #expect(CalendarDay("2026/03/14 09:30:00 AM UTC+1")?.description == "2026-03-14")
        #expect(CalendarDay("2024-02-29T23:00:00Z")?.description == "2024-02-29")
        for text in ["2025-02-29", "2026-13-01", "14/03/2026", "2026-03-14x", "2026-3-14", "2026-03/14", ""] {
            #expect(CalendarDay(text) == nil, "\(text)")
        }
    }
}
