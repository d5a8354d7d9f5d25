// journeymap-fuzz: the fuzz targets of `FuzzTargets` as a program.
//
// Built by scripts/fuzz.sh with `-sanitize=fuzzer -D FUZZING`, it is a libFuzzer fuzzer of the
// target named by FUZZ_TARGET (note, site or mermaid): libFuzzer's options and corpus folders
// are its arguments, and an input that breaks an invariant stops it like a crash. Built
// without them (as `swift build` does), it replays the files given as arguments through the
// target and prints what each breaks, to debug a saved input without libFuzzer.
import FuzzTargets
import Foundation
import TestSupport

let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "note"
guard let target = FuzzTarget(rawValue: name) else {
    FileHandle.standardError.write(Data("FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
    exit(2)
}
// libFuzzer ends the program without running deinitializers: a scratch folder of a fixed name
// is emptied by the next run instead of piling up.
nonisolated(unsafe) let runner = FuzzRunner(target, scratch: TemporaryFolder(reusing: "journeymap-fuzz-\(name)", inMemory: true))

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv) { data, count in
    let problems = runner.run(Array(UnsafeBufferPointer(start: data, count: count)))
    if !problems.isEmpty { fatalError("broken invariants:\n" + problems.joined(separator: "\n")) }
    return 0
})
#else
var failed = false
for path in CommandLine.arguments.dropFirst() {
    guard let bytes = FileManager.default.contents(atPath: path) else {
        print("\(path): cannot read")
        failed = true
        continue
    }
    let problems = runner.run(Array(bytes))
    print("\(path): " + (problems.isEmpty ? "ok" : "\n  " + problems.joined(separator: "\n  ")))
    failed = failed || !problems.isEmpty
}
exit(failed ? 1 : 0)
#endif
