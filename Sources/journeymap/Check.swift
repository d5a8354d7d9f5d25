import ArgumentParser
import SiteBuilder

/// `journeymap check`: validates content and templates without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and templates without writing anything.",
        discussion: """
            Reports every error and warning with file:line:column and a hint.
            Exit status: 0 when there is no error (warnings allowed), 1 when the content or templates
            have errors, 2 when the command line is wrong.

            Examples:
              journeymap check
              journeymap check --format json > diagnostics.json
              journeymap check --format github      # annotations on the diff in GitHub Actions
            """
    )

    @OptionGroup var folders: SiteFolders

    @OptionGroup var terminal: TerminalOptions

    @Option(help: "Output format: text, json or github.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Make every warning an error, so that nothing is left out quietly (as 'strict: true' in site.yml does).")
    var strict = false

    @Flag(help: "Also check journeys marked 'draft: true'.")
    var drafts = false

    func run() throws {
        terminal.apply()
        try folders.requireSite()
        let report = SiteBuild.check(folders.options(drafts: drafts, strict: strict))
        if let failure = report.failure {
            Console.error(failure)
            throw ExitCode(1)
        }
        switch format {
        case .json: print(format.render(report.diagnostics))
        case .github: if !report.diagnostics.isEmpty { print(format.render(report.diagnostics)) }
        case .text:
            Console.printDiagnostics(report.diagnostics)
            Console.error("\(Console.count(report.errors.count, "error")), \(Console.count(report.warnings.count, "warning"))"
                + " in \(Console.count(report.journeys, "journey")) and \(Console.count(report.stages, "stage"))")
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}
