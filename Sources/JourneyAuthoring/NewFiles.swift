import Foundation
import JourneyModel

/// Adds files to a folder, all or nothing: it writes only when none of them exists yet.
public struct NewFiles: Sendable {
    /// The folder the paths are relative to.
    public var root: URL
    /// How messages name that folder, as the user typed it.
    public var displayRoot: String

    public init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
    }

    /// How messages name a path inside the folder.
    public func display(_ path: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? path
            : displayRoot.hasSuffix("/") ? displayRoot + path : "\(displayRoot)/\(path)"
    }

    /// Writes `files`, creating folders on the way, after checking that none of them and none of
    /// `claiming` (folders the files go into) exists. Returns the paths written, as displayed.
    @discardableResult
    public func create(_ files: [OutputFile], claiming folders: [String] = []) throws -> [String] {
        let fileManager = FileManager.default
        let taken = (folders + files.map(\.path)).filter { fileManager.fileExists(atPath: url($0).path) }
        if let first = taken.first {
            let others = taken.count > 1 ? " (and \(taken.count - 1) more)" : ""
            throw AuthoringError("\(display(first)) already exists\(others); nothing was written",
                                 hint: "move it away, or choose another name or folder")
        }
        for file in files {
            let target = url(file.path)
            do {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                switch file.contents {
                case .bytes(let bytes): try Data(bytes).write(to: target, options: .withoutOverwriting)
                case .deferred(let make): try Data(make()).write(to: target, options: .withoutOverwriting)
                case .copy(let source): try fileManager.copyItem(at: source, to: target)
                }
            } catch {
                throw AuthoringError("cannot write \(display(file.path)): \(error.localizedDescription)")
            }
        }
        return files.map { display($0.path) }
    }

    private func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }
}
