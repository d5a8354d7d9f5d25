import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder as the server reads it: a path is answered only when it resolves, symbolic
/// links followed, to a place inside the folder.
struct OutputFiles: Sendable {
    /// What a path of the output folder holds.
    enum Entry: Equatable {
        /// A regular file, at this resolved path.
        case file(String)
        case folder
        case missing
        /// A symbolic link out of the output folder.
        case outside
    }

    let folder: String

    func entry(at relative: String) -> Entry {
        guard let root = Self.resolved(folder), let path = Self.resolved(folder + "/" + relative) else { return .missing }
        guard path.hasPrefix(root + "/") else { return .outside }
        switch (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType {
        case .typeRegular: return .file(path)
        case .typeDirectory: return .folder
        default: return .missing
        }
    }

    /// The absolute path with every symbolic link resolved; nil when nothing is there.
    private static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
