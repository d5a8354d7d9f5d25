import Foundation

/// A file of the generated site, ready to be written.
public struct OutputFile: Sendable {
    /// What the file holds.
    public enum Contents: Sendable {
        /// Bytes made by the build (pages, charts, data).
        case bytes([UInt8])
        /// A file copied as it is (assets).
        case copy(URL)
        /// Bytes made when the file is written, so a large site is never held in memory whole.
        case deferred(@Sendable () -> [UInt8])
    }

    /// Path inside the output folder, `/`-separated, never absolute and never with `..`.
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// A text file made when it is written.
    public init(path: String, deferred text: @escaping @Sendable () -> String) {
        self.init(path: path, contents: .deferred { Array(text().utf8) })
    }

    /// A text file, stored as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, contents: .bytes(Array(text.utf8)))
    }

    /// Whether a path can be written inside the output folder: relative, no empty, `.` or
    /// `..` components, no backslash or NUL.
    public static func isSafePath(_ path: String) -> Bool {
        let bytes = path.utf8, dot = UInt8(ascii: ".")
        guard let first = bytes.first, first != UInt8(ascii: "/"), !bytes.contains(0), !bytes.contains(UInt8(ascii: "\\")) else {
            return false
        }
        // "", "." and "..": at most two bytes, all of them dots.
        return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { component in
            component.count > 2 || !component.allSatisfy { $0 == dot }
        }
    }
}
