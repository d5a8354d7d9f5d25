import Foundation

/// The git repository that holds a content folder, read through the `git` command only:
/// nothing is checked out, and nothing is written into the repository or its working tree.
struct GitRepository {
    /// The top folder of the working tree, with symbolic links resolved.
    let top: String

    /// The repository that holds `folder`.
    init(containing folder: String) throws(DiffFailure) {
        let result = Self.git(["rev-parse", "--show-toplevel"], in: folder)
        guard result.status == 0, let top = result.text.split(separator: "\n").first.map(String.init) else {
            throw DiffFailure("\(folder) is not in a git repository",
                              hint: "run journeymap diff in a clone of the repository that holds the content, or compare two folders with --base-dir and --head-dir")
        }
        self.top = Self.realPath(top) ?? top
    }

    /// The commit a revision names (`main`, `HEAD~2`, a tag, a hash).
    func commit(_ revision: String) throws(DiffFailure) -> String {
        let result = git(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{commit}"])
        guard result.status == 0, let hash = result.text.split(separator: "\n").first else {
            throw DiffFailure("unknown revision '\(revision)'", hint: "name a branch, a tag or a commit of this repository (git log --oneline lists them)")
        }
        return String(hash)
    }

    /// Where `commit` and the default branch (origin/HEAD, else main, else master) part: what a
    /// pull request from `commit` is compared with.
    func mergeBaseWithDefaultBranch(_ commit: String) throws(DiffFailure) -> (commit: String, branch: String) {
        let candidates = ["refs/remotes/origin/HEAD", "refs/heads/main", "refs/heads/master", "refs/remotes/origin/main", "refs/remotes/origin/master"]
        guard let branch = candidates.first(where: { git(["rev-parse", "--verify", "--quiet", "\($0)^{commit}"]).status == 0 }) else {
            throw DiffFailure("no default branch to compare with (origin/HEAD, main or master)", hint: "pass --base REV, e.g. --base HEAD~1")
        }
        let name = branch.replacingOccurrences(of: "refs/heads/", with: "").replacingOccurrences(of: "refs/remotes/", with: "")
        let result = git(["merge-base", commit, branch])
        guard result.status == 0, let base = result.text.split(separator: "\n").first else {
            throw DiffFailure("\(name) and the compared commit have no common ancestor", hint: "pass --base REV")
        }
        return (String(base), name)
    }

    /// The path of `folder` (absolute, or relative to the current folder) in the repository;
    /// empty for the top folder.
    func path(of folder: String) throws(DiffFailure) -> String {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        let real = Self.realPath(absolute) ?? absolute
        if real == top { return "" }
        guard real.hasPrefix(top + "/") else {
            throw DiffFailure("the content folder \(folder) is not inside the git repository at \(top)", hint: "run journeymap diff in the repository that holds it")
        }
        return String(real.dropFirst(top.count + 1))
    }

    /// The files under `path` that differ between the commits `base` and `head` (nil: the
    /// working tree), as paths in the repository; a renamed file counts as two.
    func changedFiles(from base: String, to head: String?, under path: String) throws(DiffFailure) -> Set<String> {
        let result = git(["diff", "--name-only", "--no-renames", "--no-ext-diff", "-z", base] + (head.map { [$0] } ?? [])
            + ["--", path.isEmpty ? "." : path])
        guard result.status == 0 else { throw DiffFailure("cannot list the files that changed since \(base.prefix(7))") }
        return Set(result.text.split(separator: "\0").map(String.init))
    }

    /// The files under `path` in the working tree that git does not track, ignored ones included.
    func untrackedFiles(under path: String) throws(DiffFailure) -> Set<String> {
        let result = git(["ls-files", "--others", "-z", "--", path.isEmpty ? "." : path])
        guard result.status == 0 else { throw DiffFailure("cannot list the files git does not track in \(path.isEmpty ? "the repository" : path)") }
        return Set(result.text.split(separator: "\0").map(String.init))
    }

    /// The entries of the folder `path` at `commit` (none when there is no such folder), sorted by name.
    func entries(of path: String, at commit: String) -> [(name: String, isFolder: Bool)] {
        let result = git(["ls-tree", "-z", "\(commit):\(path)"])
        guard result.status == 0 else { return [] }
        // Each entry is "<mode> <type> <object>\t<name>".
        return result.text.split(separator: "\0").compactMap { entry -> (String, Bool)? in
            let parts = entry.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return (String(parts[1]), parts[0].split(separator: " ").dropFirst().first == "tree")
        }.sorted { $0.0 < $1.0 }
    }

    /// Writes the files under `path` at `commit` into `destination` (an empty folder outside the
    /// repository), as `git archive` gives them; `destination/path` is then the content folder.
    /// With `journeys`, of the folder `journeys/` only those journeys' folders are written.
    func extract(_ path: String, at commit: String, label: String, into destination: URL, journeys: Set<String>? = nil) throws(DiffFailure) {
        let siteFile = path.isEmpty ? "site.yml" : "\(path)/site.yml"
        guard git(["cat-file", "-e", "\(commit):\(siteFile)"]).status == 0 else {
            throw DiffFailure("there is no \(siteFile) at \(label)",
                              hint: "the content folder did not exist there: pass --base REV of a commit that has it, or --content DIR")
        }
        let inside = { (name: String) in path.isEmpty ? name : "\(path)/\(name)" }
        let paths = journeys.map { journeys in
            entries(of: path, at: commit).map(\.name).filter { $0 != "journeys" }.map(inside) + journeys.sorted().map { inside("journeys/\($0)") }
        } ?? [path.isEmpty ? "." : path]
        let stream = ChildProcess.pipe(), problems = ChildProcess.pipe(), null = ChildProcess.null()
        defer { close(null) }
        let archive = ChildProcess.start(Self.command(["archive", "--format=tar", commit, "--"] + paths, in: top), environment: Self.environment,
                                         input: null, output: stream.write, errors: problems.write)
        let tar = ChildProcess.start(["tar", "-x", "-f", "-", "-C", destination.path], environment: Self.environment,
                                     input: stream.read, output: null, errors: problems.write)
        [stream.read, stream.write, problems.write].forEach { _ = close($0) }
        let messages = String(decoding: ChildProcess.readAll(problems.read), as: UTF8.self)
        let statuses = [archive, tar].map { $0.map(ChildProcess.wait) }
        guard let archiveStatus = statuses[0], let tarStatus = statuses[1] else {
            throw DiffFailure("cannot run git archive and tar", hint: "install git and tar")
        }
        guard archiveStatus == 0, tarStatus == 0 else {
            throw DiffFailure("cannot read \(path.isEmpty ? "the repository" : path) at \(label): \(messages.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    private func git(_ arguments: [String]) -> (status: Int32, text: String) { Self.git(arguments, in: top) }

    /// Runs git in `folder` to its end; its standard output, and its status (127 when it cannot start).
    private static func git(_ arguments: [String], in folder: String) -> (status: Int32, text: String) {
        let output = ChildProcess.pipe(), null = ChildProcess.null()
        defer { close(null) }
        let pid = ChildProcess.start(command(arguments, in: folder), environment: environment, input: null, output: output.write, errors: null)
        close(output.write)
        let data = ChildProcess.readAll(output.read)
        return (pid.map(ChildProcess.wait) ?? 127, String(decoding: data, as: UTF8.self))
    }

    /// A git command line run in `folder`.
    private static func command(_ arguments: [String], in folder: String) -> [String] { ["git", "-C", folder] + arguments }

    /// Git takes no optional locks: it may run beside an editor's git.
    private static let environment = ProcessInfo.processInfo.environment.merging(["GIT_OPTIONAL_LOCKS": "0"]) { _, new in new }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
