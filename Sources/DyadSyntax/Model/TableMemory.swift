#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Read-only memory for a weight table, aligned to 2 MB and (on Linux) backed by transparent huge pages.
///
/// The parser reads its tables at random, so with 4 KB pages nearly every lookup also misses the TLB
/// (12 MB of tables are 3,000 pages, more than the TLB holds), and inside a virtual machine each such
/// miss is a two-level page walk. Huge pages cut that to a handful of TLB entries. Where the kernel gives
/// no huge pages the memory is ordinary and everything still works.
///
/// Filled once at creation and never written after, so sharing it between threads is safe.
@usableFromInline
final class TableMemory<Element: FixedWidthInteger>: @unchecked Sendable, Hashable {
    /// The elements.
    @usableFromInline let base: UnsafeMutablePointer<Element>
    /// Number of elements.
    @usableFromInline let count: Int
    private let mapping: UnsafeMutableRawPointer?
    private let mappedBytes: Int

    static var hugePage: Int { 2 << 20 }

    /// Copies `values` into fresh aligned memory.
    init(_ values: [Element]) {
        count = values.count
        let bytes = max(1, values.count * MemoryLayout<Element>.stride)
        #if os(Linux)
            // Map a little more than needed so the start can be moved up to a huge-page boundary.
            let length = bytes + Self.hugePage
            let raw = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let raw, Int(bitPattern: raw) != -1 {
                let address = (Int(bitPattern: raw) + Self.hugePage - 1) & ~(Self.hugePage - 1)
                let aligned = UnsafeMutableRawPointer(bitPattern: address)!
                // MADV_HUGEPAGE (14): ask for huge pages before the first write faults the memory in.
                _ = madvise(aligned, (bytes + Self.hugePage - 1) & ~(Self.hugePage - 1), 14)
                mapping = raw
                mappedBytes = length
                base = aligned.bindMemory(to: Element.self, capacity: max(1, values.count))
            } else {
                mapping = nil
                mappedBytes = 0
                base = .allocate(capacity: max(1, values.count))
            }
        #else
            mapping = nil
            mappedBytes = 0
            base = .allocate(capacity: max(1, values.count))
        #endif
        values.withUnsafeBufferPointer { v in
            if let a = v.baseAddress { base.update(from: a, count: v.count) }
        }
    }

    deinit {
        #if os(Linux)
            if let mapping {
                munmap(mapping, mappedBytes)
                return
            }
        #endif
        base.deallocate()
    }

    /// The elements as an array (for writing files and comparing tables).
    var array: [Element] { Array(buffer) }

    /// The elements in place.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// Calls `body` with the elements in place (the table outlives the call).
    @inlinable @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try withExtendedLifetime(self) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }

    @usableFromInline static func == (a: TableMemory, b: TableMemory) -> Bool { a.buffer.elementsEqual(b.buffer) }

    @usableFromInline func hash(into h: inout Hasher) {
        h.combine(count)
        h.combine(bytes: UnsafeRawBufferPointer(buffer))
    }
}
