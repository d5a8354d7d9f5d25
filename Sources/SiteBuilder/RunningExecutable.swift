import Foundation
import ProcessArguments

/// Where the running journeymap executable is.
///
/// Linux names it in `/proc/self/exe`. Where there is no /proc (a chroot, a minimal container),
/// it is `argv[0]` as the shell found it: a path when it has a slash, else the first match in
/// `PATH`. (`Bundle.main` stops the program there, and `argv[0]` alone names no file when
/// journeymap was found on `PATH`.)
enum RunningExecutable {
    static let path: String = {
        if let linked = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return linked }
        guard let first = journeymap_argument(0).map({ String(cString: $0) }) else { return "" }
        if first.contains("/") { return first }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { "\($0)/\(first)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? first
    }()
}
