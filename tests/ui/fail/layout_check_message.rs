// What a record whose Rust layout differs from C's reports (the expansion's layout
// `const`, written out: a block's own rows always agree).
#[repr(C)]
struct pair {
    a: u8,
    b: u32,
}

const _: () = {
    type T = pair;
    ffi_runtime::layout::check(
        "pair",
        &[size_of::<T>(), align_of::<T>(), core::mem::offset_of!(T, b)],
        &[8, 4, 2],
    );
};

fn main() {}
