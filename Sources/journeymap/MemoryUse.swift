#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator is told to hand large blocks back.
///
/// glibc serves a block over 128 KiB from a memory map of its own, returned when the block is
/// freed; but each such free raises that threshold to the block's size (up to 32 MiB). A build
/// frees many blocks of megabytes (exports, the search index, the stage memo), so later ones
/// came from the heap, where freed space stays in the process: a build of 10 000 notes after a
/// template change peaked at 249 MB, 221 MB with the threshold fixed at 1 MiB, as
/// `MALLOC_MMAP_THRESHOLD_` would fix it. `mallopt` is looked up at run time because Swift's
/// Glibc module does not declare it (it lives in `malloc.h`).
enum MemoryUse {
    /// `M_MMAP_THRESHOLD` in `malloc.h`.
    private static let mmapThreshold: Int32 = -3

    static func tune() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 1 << 20)
        #endif
    }
}
