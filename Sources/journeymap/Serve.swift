import ArgumentParser
import Dispatch
import Foundation
import PreviewServer
import SiteBuilder

/// `journeymap serve`: a local preview that rebuilds the site and reloads open pages on every change.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it locally, and rebuild and reload it on every change.",
        discussion: """
            Watches the content and templates folders. After each change the site is
            rebuilt and open pages reload by themselves. While the content has errors,
            pages show them with file:line:column, and the last good site stays in the
            output folder. Listens on 127.0.0.1 only, unless --host says otherwise.

            Examples:
              journeymap serve
              journeymap serve --port 0 --drafts      # any free port
            """
    )

    @OptionGroup var folders: SiteFolders

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port: UInt16 = 8000

    @Option(help: ArgumentHelp("The IP address to listen on; any other than loopback shows the site to your network.",
                               valueName: "address"))
    var host = "127.0.0.1"

    @Flag(help: "Also build journeys marked 'draft: true'.")
    var drafts = false

    @OptionGroup var terminal: TerminalOptions

    func validate() throws {
        do {
            try PreviewServer.check(host: host)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        terminal.apply()
        try folders.requireSite()
        let options = folders.options(drafts: drafts)
        let output = folders.output, host = host, port = port
        let server = try PreviewServer(options: options, host: host, port: port) { Self.show($0, output: output) }
        // The root command is synchronous: the preview runs as a task while the main thread waits.
        Task {
            do {
                try await server.run()
            } catch PreviewServer.Failure.outputUnavailable {
                Foundation.exit(1)
            } catch {
                Console.error("error: cannot serve on \(host):\(port): \(error.localizedDescription)")
                Foundation.exit(1)
            }
        }
        dispatchMain()
    }

    /// Prints one line per build, with the diagnostics, and the address once the server listens.
    private static func show(_ event: PreviewServer.Event, output: String) {
        switch event {
        case .built(let report): show(report, done: "Built")
        case .rebuilt(let report): show(report, done: "Rebuilt")
        case .listening(let address): say("Serving \(output) at \(address.absoluteString) (Ctrl-C to stop)")
        }
    }

    private static func show(_ report: BuildReport, done: String) {
        if report.succeeded {
            say("\(done) in \(String(format: "%.2f", report.totalSeconds)) s")
        } else {
            Console.error(report.failure ?? "Build failed: \(Console.count(report.errors.count, "error"))")
        }
        Console.printDiagnostics(report.diagnostics)
    }

    /// Writes a line to standard output at once, as `print` would not when the output is a pipe.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
