import Foundation
import JourneyModel

/// Notices edits under the content and templates folders by polling each file's modification
/// time and size: simple, portable, and it works on mounted and network folders too. Hidden
/// files (editor swap files) are left out, as the build leaves them out.
struct FolderWatcher: Sendable {
    /// The watched files at one moment: each file's modification time and size, by path.
    struct Snapshot: Equatable, Sendable {
        fileprivate var files: [String: Stamp]
    }

    fileprivate struct Stamp: Equatable, Sendable {
        var modified: Date?
        var size: Int?
    }

    let folders: [String]
    let interval: Duration

    func snapshot() -> Snapshot {
        var files: [String: Stamp] = [:]
        for folder in folders {
            let root = URL(fileURLWithPath: folder)
            for relative in FileTree.regularFiles(under: root) {
                let file = root.appendingPathComponent(relative)
                let values = try? file.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                files[file.path] = Stamp(modified: values?.contentModificationDate, size: values?.fileSize)
            }
        }
        return Snapshot(files: files)
    }

    /// Waits until the files differ from `previous` and then stay the same for one interval, so
    /// that a save in several writes, or a checkout of many files, brings one build; returns them
    /// as they are then. Throws when the task is cancelled.
    func change(since previous: Snapshot) async throws -> Snapshot {
        var last = previous
        while true {
            try await Task.sleep(for: interval)
            let current = snapshot()
            if current != previous && current == last { return current }
            last = current
        }
    }
}
