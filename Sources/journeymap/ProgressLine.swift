import Dispatch
import Foundation
import SiteWriter

/// A line on the terminal that shows how many files of a long build are written, redrawn in
/// place and erased when the build ends. Only on a terminal, outside CI, and without `--quiet`.
final class ProgressLine: @unchecked Sendable {
    /// What the build counts its written files into.
    let counter = WriteProgress()
    private let queue = DispatchQueue(label: "journeymap.progress")
    private let timer: DispatchSourceTimer
    /// Whether the line is on the screen; touched on `queue` only.
    private var shown = false

    /// A progress line for a build, or nil when none should show.
    init?(quiet: Bool) {
        let environment = ProcessInfo.processInfo.environment
        guard !quiet, isatty(STDERR_FILENO) == 1, (environment["CI"] ?? "").isEmpty, environment["TERM"] != "dumb" else { return nil }
        timer = DispatchSource.makeTimerSource(queue: queue)
        // Builds shorter than half a second show nothing.
        timer.schedule(deadline: .now() + 0.5, repeating: 0.1)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// Stops redrawing and erases the line.
    func finish() {
        // On the timer's queue, so that no drawing is under way or comes after.
        queue.sync {
            timer.cancel()
            if shown { write("\r\u{1B}[2K") }
        }
    }

    private func draw() {
        let (done, total) = counter.counts
        guard total > 0 else { return }
        shown = true
        write("\r\u{1B}[2KWriting the site: \(done) of \(total) files")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
