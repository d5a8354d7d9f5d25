import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Programs run with `posix_spawnp` and reaped with `waitpid`: Foundation's `Process` takes about
/// 80 ms to start and reap one on Linux, which a diff's dozen git commands would add up to a second.
enum ChildProcess {
    /// Starts `arguments` (the program is looked up in PATH) with the given environment and standard
    /// input, output and error; its process id.
    static func start(_ arguments: [String], environment: [String: String], input: Int32, output: Int32, errors: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (descriptor, standard) in [(input, Int32(0)), (output, 1), (errors, 2)] {
            posix_spawn_file_actions_adddup2(&actions, descriptor, standard)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        return posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp) == 0 ? pid : nil
    }

    /// The exit status of a started process, once it ended (128 + the signal that ended it).
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + status & 0x7f
    }

    /// A pipe whose ends are closed in the programs started, but where they are made standard input or output.
    static func pipe() -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        _ = Glibc.pipe(&ends)
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// /dev/null, opened for reading and writing.
    static func null() -> Int32 { open("/dev/null", O_RDWR | O_CLOEXEC) }

    /// Everything there is to read from `descriptor` until its other end is closed; then closes it.
    static func readAll(_ descriptor: Int32) -> Data {
        defer { close(descriptor) }
        var data = Data(), buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 { data.append(contentsOf: buffer[..<count]) } else if count == 0 || errno != EINTR { return data }
        }
    }
}
