import ArgumentParser
import Foundation
import SiteBuilder

/// `journeymap snapshot`: saves today's scores, so later builds show what changed.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Save the computed scores of every journey to history/LABEL.json.",
        discussion: """
            Later builds read every snapshot in history/ and show, per journey, the trend of its overall
            score, and per stage the change since the last snapshot, next to the opportunities marked done.
            The snapshot is written in the content folder: commit it with your notes.

            Examples:
              journeymap snapshot --label 2026-Q3
              journeymap snapshot --label 2026-Q3 --date 2026-09-30 --force
            """
    )

    @OptionGroup var folders: SiteFolders

    @OptionGroup var terminal: TerminalOptions

    @Option(help: "The snapshot's name, e.g. 2026-Q3 (letters, digits, '.', '_', '-').")
    var label: String

    @Option(help: ArgumentHelp("The day the scores stand for, YYYY-MM-DD; snapshots are ordered by it. Default: today.", valueName: "date"))
    var date: String?

    @Flag(help: "Replace a snapshot with the same label.")
    var force = false

    func validate() throws {
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date must be written YYYY-MM-DD")
        }
    }

    func run() throws {
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        terminal.apply()
        try folders.requireSite()
        let options = folders.options()
        let (report, written) = SiteBuild.snapshot(options, label: label, date: date ?? today, overwrite: force)
        Console.printDiagnostics(report.diagnostics)
        if let failure = report.failure {
            Console.error(failure)
            throw ExitCode(1)
        }
        guard let written else {
            Console.error("snapshot not written: \(Console.count(report.errors.count, "error")) in the content")
            throw ExitCode(1)
        }
        print("Saved the scores of \(Console.count(report.journeys, "journey")) to \(written)")
    }
}
