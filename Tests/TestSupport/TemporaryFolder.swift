import Foundation

/// A folder under the system's temporary directory that a test fills with files and removes.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public var path: String { url.path }

    public init(_ name: String = "journeymap-test") {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `relative`, creating folders on the way.
    @discardableResult
    public func write(_ relative: String, _ text: String) -> URL {
        write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `relative`, creating folders on the way.
    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) -> URL {
        let file = url.appendingPathComponent(relative)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: file)
        return file
    }

    /// The text of the file at `relative`, or nil.
    public func read(_ relative: String) -> String? {
        (try? Data(contentsOf: url.appendingPathComponent(relative))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether a file or folder exists at `relative`.
    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }

    /// Every regular file below the folder, relative paths, sorted.
    public func files(under relative: String = "") -> [String] {
        let base = relative.isEmpty ? url : url.appendingPathComponent(relative)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var files: [String] = []
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base.appendingPathComponent(name).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { files.append(name) }
        }
        return files.sorted()
    }
}

/// The root of this repository, found from this source file's place in it.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
