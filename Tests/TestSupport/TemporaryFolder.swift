import Foundation

/// A folder under the system's temporary directory that a test fills with files and removes.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public var path: String { url.path }

    /// - Parameter inMemory: place it under `/dev/shm` when the system has one, for tests that
    ///   write thousands of files: creating a file there takes microseconds, on a disk up to a
    ///   millisecond.
    public init(_ name: String = "journeymap-test", inMemory: Bool = false) {
        url = (inMemory ? Self.memory : FileManager.default.temporaryDirectory)
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder `name`, emptied, for a program that may end with `exit` (which skips `deinit`):
    /// the next run empties it again instead of leaving one folder per run.
    public init(reusing name: String, inMemory: Bool = false) {
        url = (inMemory ? Self.memory : FileManager.default.temporaryDirectory).appendingPathComponent(name, isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// `/dev/shm` when the system has it, the temporary directory otherwise.
    public static let memory: URL = FileManager.default.isWritableFile(atPath: "/dev/shm")
        ? URL(fileURLWithPath: "/dev/shm", isDirectory: true) : FileManager.default.temporaryDirectory

    /// Writes `text` to `relative`, creating folders on the way.
    @discardableResult
    public func write(_ relative: String, _ text: String) -> URL {
        write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `relative`, creating folders on the way. (With paths and stdio:
    /// Foundation's URLs and `Data.write` are ten times slower, which counts for tests that
    /// write thousands of notes.)
    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) -> URL {
        let file = path + "/" + relative
        try! FileManager.default.createDirectory(atPath: String(file[..<file.lastIndex(of: "/")!]), withIntermediateDirectories: true)
        guard let stream = fopen(file, "wb") else { fatalError("cannot write \(file)") }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stream) }
        precondition(fclose(stream) == 0 && written == bytes.count, "cannot write \(file)")
        return URL(fileURLWithPath: file)
    }

    /// Removes the file or folder at `relative`, if there is one.
    public func remove(_ relative: String) {
        try? FileManager.default.removeItem(atPath: path + "/" + relative)
    }

    /// The text of the file at `relative`, or nil.
    public func read(_ relative: String) -> String? {
        (try? Data(contentsOf: url.appendingPathComponent(relative))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether a file or folder exists at `relative`.
    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }

    /// Every regular file below `relative` with its text, by path relative to it.
    public func contents(under relative: String = "") -> [String: String] {
        Dictionary(uniqueKeysWithValues: files(under: relative).map { ($0, read(relative.isEmpty ? $0 : relative + "/" + $0) ?? "") })
    }

    /// Every entry below `relative` (files, folders and links, hidden ones too, and the folder
    /// itself as ".") with its kind and permissions, size and modification time to the
    /// nanosecond: two equal stamps mean nothing was written there, not even a file since deleted.
    public func stamps(under relative: String) -> [String: String] {
        let base = relative.isEmpty ? path : path + "/" + relative
        let names = ["."] + ((FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? [])
        return Dictionary(uniqueKeysWithValues: names.map { name in
            var info = stat()
            guard lstat(base + "/" + name, &info) == 0 else { return (name, "gone") }
            return (name, "\(String(info.st_mode, radix: 8)) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
        })
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
