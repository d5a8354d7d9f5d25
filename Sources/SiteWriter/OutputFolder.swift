import Foundation
import JourneyModel

/// The folder a site is written to, and the rules that keep everything else safe.
///
/// journeymap marks the folders it writes with a manifest (`.journeymap-manifest`) that lists
/// every file it wrote. It writes into a folder only when the folder is new, empty, or carries
/// that manifest (or when forced), and it deletes only files the manifest lists.
public struct OutputFolder: Sendable {
    public static let manifestName = ".journeymap-manifest"

    /// What went wrong, said so that the user knows what to do.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var hint: String
        public var description: String { "error: \(message)\n    hint: \(hint)" }
    }

    /// What a write changed.
    public struct Report: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
        /// The stamp of every file written or found unchanged, by path (see `FileStamp.text`).
        public var stamps: [String: String] = [:]

        public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    public let path: String
    /// How messages name the folder.
    public let displayPath: String

    public init(path: String, displayPath: String? = nil) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.displayPath = displayPath ?? path
    }

    /// Checks that the folder may be written to. Refused: a folder that is, contains or lies
    /// inside one of the `protected` folders (the content and templates), and a non-empty folder
    /// journeymap did not create, unless `force`.
    public func checkWritable(protecting protected: [String], force: Bool) throws {
        let target = Self.absolute(path)
        for folder in protected {
            let source = Self.absolute(folder)
            if target == source || source.hasPrefix(target + "/") || target == "/" {
                throw Refusal(message: "refusing to write the site into \(displayPath): it holds \(folder)",
                              hint: "choose an output folder of its own, e.g. --output _site")
            }
            if target.hasPrefix(source + "/") {
                throw Refusal(message: "refusing to write the site into \(displayPath): it lies inside \(folder)",
                              hint: "choose an output folder outside the content and templates, e.g. --output _site")
            }
        }
        guard !force, let names = POSIXFile.list(path), !names.isEmpty,
              !names.contains(Self.manifestName) else { return }
        throw Refusal(message: "refusing to write into \(displayPath): it is not empty and was not made by journeymap",
                      hint: "choose another --output, empty the folder yourself, or pass --force to take it over")
    }

    /// Writes `files`: only those whose bytes changed are replaced, each atomically; files of
    /// the previous build that are not in this one are removed. Nothing else is touched.
    /// `keeping` lists files of the previous build that stay as they are (not rewritten, not
    /// removed); `progress` counts the files as they are written.
    public func write(_ files: [OutputFile], keeping kept: [String] = [], progress: WriteProgress? = nil) throws -> Report {
        for file in files where !OutputFile.isSafePath(file.path) {
            throw Refusal(message: "the build produced an unsafe path '\(file.path)'", hint: "this is a bug in journeymap; please report it")
        }
        try POSIXFile.makeDirectories(path)
        let previous = readManifest()
        let current = files.map(\.path) + kept.filter(OutputFile.isSafePath)
        removeLeftoverTemporaries(besides: previous + current)
        // The manifest lists the union first, so a build interrupted half-way still knows every file it may have written.
        try writeManifest(Set(previous).union(current).sorted())

        let outcomes = try FileBatch.write(files, under: path, progress: progress)
        var report = Report()
        report.written = outcomes.filter(\.written).count
        report.unchanged = outcomes.count - report.written
        report.stamps = Dictionary(uniqueKeysWithValues: zip(files.map(\.path), outcomes.map { $0.stamp?.text ?? "" }))
        let stale = Set(previous).subtracting(current).sorted()
        for file in stale where OutputFile.isSafePath(file) {
            try POSIXFile.remove("\(path)/\(file)")
            report.removed += 1
            removeEmptyParents(of: file)
        }
        try writeManifest(current.sorted())
        return report
    }

    /// The stamp of a file of the folder, or nil when it is not a regular file.
    public func stamp(of file: String) -> FileStamp? { FileStamp(path: "\(path)/\(file)") }

    /// Reads a file journeymap keeps beside the manifest (the build cache, the stage memo), if any.
    public func readSidecar(_ name: String) -> [UInt8]? { POSIXFile.read("\(path)/\(name)") }

    /// Replaces a file journeymap keeps beside the manifest, atomically.
    public func writeSidecar(_ name: String, _ bytes: [UInt8]) throws { try POSIXFile.replace("\(path)/\(name)", with: bytes) }

    /// Removes a file journeymap keeps beside the manifest.
    public func removeSidecar(_ name: String) throws { try POSIXFile.remove("\(path)/\(name)") }

    /// The files the previous build wrote, from the manifest.
    public func readManifest() -> [String] {
        guard let bytes = POSIXFile.read("\(path)/\(Self.manifestName)") else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst().map(String.init)
            .filter(OutputFile.isSafePath)
    }

    private func writeManifest(_ paths: [String]) throws {
        let text = "journeymap manifest 1: files written by journeymap, removed by it when they are no longer built\n"
            + paths.joined(separator: "\n") + "\n"
        try POSIXFile.replace("\(path)/\(Self.manifestName)", with: Array(text.utf8))
    }

    /// Removes the temporary files (`<name>.jm-tmp-<pid>`) that a build killed half-way left beside
    /// the files it writes (`files`, and journeymap's own `.journeymap-…` files), unless the
    /// process that made them still runs. Other files are left alone.
    private func removeLeftoverTemporaries(besides files: [String]) {
        let byFolder = Dictionary(grouping: files) { file in file.lastIndex(of: "/").map { String(file[..<$0]) } ?? "" }
        for (folder, names) in byFolder.merging(["": []], uniquingKeysWith: +) {
            let directory = folder.isEmpty ? path : "\(path)/\(folder)"
            let own = Set(names.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
            // A temporary file's name ends with the digits of its writer's process id.
            for entry in POSIXFile.list(directory) ?? [] where entry.utf8.last.map({ (48...57).contains($0) }) == true {
                guard let marker = entry.range(of: ".jm-tmp-", options: .backwards),
                      let pid = Int32(entry[marker.upperBound...]), !POSIXFile.isRunning(pid) else { continue }
                let name = String(entry[..<marker.lowerBound])
                if own.contains(name) || (folder.isEmpty && name.hasPrefix(".journeymap-")) {
                    try? POSIXFile.remove("\(directory)/\(entry)")
                }
            }
        }
    }

    /// Removes folders left empty by removing `file`, up to the output folder.
    private func removeEmptyParents(of file: String) {
        var components = file.split(separator: "/").dropLast()
        while !components.isEmpty, POSIXFile.removeIfEmpty("\(path)/\(components.joined(separator: "/"))") {
            components = components.dropLast()
        }
    }

    /// An absolute, normalised path with symbolic links resolved as far as the path exists.
    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if let real = POSIXFile.realPath(url.path) { return real }
        let parent = url.deletingLastPathComponent().path
        guard parent != url.path else { return url.path }
        return absolute(parent) + "/" + url.lastPathComponent
    }
}
