;; Teddy: every prefilter needle searched in one pass, 16 input bytes at a time (the packed multi-literal search
;; of Hyperscan and of Rust's aho-corasick, written from their descriptions). Source of teddy-wasm.ts:
;; `npm run build:wasm` compiles it, and __tests__/detect/search.test.ts fails if the two drift apart.
;;
;; Each needle is in one of 8 buckets (a bit each); its fingerprint is its first three bytes (a needle of two
;; leaves the third free). For each fingerprint position p (0, 1, 2) the JS side fills two 16-byte tables: for
;; each low nibble, the buckets of the needles whose byte p has that low nibble (all of them where p is free);
;; likewise for the high nibble. A byte then gives, by two table look-ups (i8x16.swizzle, 16 lanes at once) and
;; an AND, the buckets whose byte p may be it; the AND over p = 0, 1, 2 of the bytes at i, i + 1, i + 2 is the
;; set of buckets with a needle that may start at i. Usually empty: then 16 places cost one load and about
;; twenty vector operations. Otherwise each place with a bucket bit is written out (its position, its buckets)
;; and checked by the JS side, which ignores false candidates (nibbles mixed from two needles of a bucket, a
;; needle cut by the input's end).
;;
;; Memory (the JS side reads the layout from the exported globals):
;;   [0, 96)             the tables: per position p, low-nibble table at 32p, high-nibble table at 32p + 16
;;   [96, 112)           scratch: the 16 lanes of a block's bucket bits, read back one by one
;;   [found_at, +4)      how many candidates the last scan wrote (i32; in memory, cheaper to read than a global)
;;   [out_positions, +4 * capacity)   candidates' positions (i32, from the input's start)
;;   [out_buckets, + capacity)        candidates' bucket bits (one byte each)
;;   [input_at, ...)     a chunk of the input, followed by at least 17 bytes of anything (the last block's load
;;                       reads up to 16 bytes past the end; those bytes only ever add candidates, which the JS
;;                       side drops); the memory is grown by the JS side to hold its largest chunk
(module
  (memory (export "memory") 1)

  (global $capacity (export "capacity") i32 (i32.const 1024))
  (global $out_positions (export "out_positions") i32 (i32.const 128))
  (global $out_buckets (export "out_buckets") i32 (i32.const 4224))
  ;; The loads below say 8192 as their offset (an immediate: no addition in the loop).
  (global (export "input_at") i32 (i32.const 8192))
  (global (export "found_at") i32 (i32.const 112))

  ;; Scan the places [from, to) of the input, leaving out the buckets whose bits are set in `skip` (the JS side
  ;; already knows where their needles first are). Writes up to `capacity` candidates in order and answers where
  ;; it stopped: `to`, or the first place it had no room left for (call again from there).
  ;;
  ;; One load per block of 16 bytes: each byte is looked up as position 0, 1 and 2 of a fingerprint at once,
  ;; and the three answers are lined up by shifting the position-0 and position-1 ones by two and one lanes,
  ;; the lanes shifted in coming from the previous block's (i8x16.shuffle of two blocks: one `palignr`). So lane j
  ;; of the block at i is the fingerprint ending at i + j, that is the place i + j - 2. The first block of a call
  ;; has no previous one (zeros: its lanes 0 and 1 are places before `from`); the loop runs while a block holds a
  ;; place before `to`, through i = to + 1.
  (func (export "scan") (param $from i32) (param $to i32) (param $skip i32) (result i32)
    (local $i i32) (local $n i32) (local $bits i32) (local $j i32) (local $left i32)
    (local $lo0 v128) (local $hi0 v128) (local $lo1 v128) (local $hi1 v128) (local $lo2 v128) (local $hi2 v128)
    (local $keep v128) (local $nib v128) (local $b v128) (local $lo v128) (local $hi v128)
    (local $at0 v128) (local $at1 v128) (local $at2 v128) (local $was0 v128) (local $was1 v128) (local $m v128)
    (local.set $lo0 (v128.load (i32.const 0)))
    (local.set $hi0 (v128.load (i32.const 16)))
    (local.set $lo1 (v128.load (i32.const 32)))
    (local.set $hi1 (v128.load (i32.const 48)))
    (local.set $lo2 (v128.load (i32.const 64)))
    (local.set $hi2 (v128.load (i32.const 80)))
    (local.set $keep (i8x16.splat (i32.xor (local.get $skip) (i32.const 0xff))))
    (local.set $nib (i8x16.splat (i32.const 0x0f)))
    (local.set $i (local.get $from))
    (block $done
      (loop $blocks
        ;; Places i - 2 .. i + 13: done once i - 2 >= to.
        (br_if $done (i32.ge_u (local.get $i) (i32.add (local.get $to) (i32.const 2))))
        (local.set $b (v128.load offset=8192 (local.get $i)))
        (local.set $lo (v128.and (local.get $b) (local.get $nib)))
        (local.set $hi (i8x16.shr_u (local.get $b) (i32.const 4)))
        ;; Per lane, the buckets whose needles may have this byte at position 0, 1, 2.
        (local.set $at0 (v128.and (i8x16.swizzle (local.get $lo0) (local.get $lo)) (i8x16.swizzle (local.get $hi0) (local.get $hi))))
        (local.set $at1 (v128.and (i8x16.swizzle (local.get $lo1) (local.get $lo)) (i8x16.swizzle (local.get $hi1) (local.get $hi))))
        (local.set $at2 (v128.and (i8x16.swizzle (local.get $lo2) (local.get $lo)) (i8x16.swizzle (local.get $hi2) (local.get $hi))))
        ;; Lane j: position 2 at i + j, position 1 at i + j - 1, position 0 at i + j - 2.
        (local.set $m
          (v128.and
            (v128.and (local.get $keep) (local.get $at2))
            (v128.and
              (i8x16.shuffle 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 (local.get $was1) (local.get $at1))
              (i8x16.shuffle 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 (local.get $was0) (local.get $at0)))))
        (if (v128.any_true (local.get $m))
          (then
            ;; Room for a whole block's candidates, or stop before it: its first place is i - 2 (i > from here:
            ;; the first block always has room).
            (if (i32.gt_u (local.get $n) (i32.sub (global.get $capacity) (i32.const 16)))
              (then
                (local.set $i (i32.sub (local.get $i) (i32.const 2)))
                (br $done)))
            ;; One bit per lane holding a bucket bit; lanes of places at or past `to` are not this call's.
            (local.set $bits (i8x16.bitmask (i8x16.ne (local.get $m) (v128.const i64x2 0 0))))
            (local.set $left (i32.sub (i32.add (local.get $to) (i32.const 2)) (local.get $i)))
            (if (i32.lt_u (local.get $left) (i32.const 16))
              (then
                (local.set $bits
                  (i32.and (local.get $bits) (i32.sub (i32.shl (i32.const 1) (local.get $left)) (i32.const 1))))))
            (v128.store (i32.const 96) (local.get $m))
            (block $written
              (loop $lanes
                (br_if $written (i32.eqz (local.get $bits)))
                (local.set $j (i32.ctz (local.get $bits)))
                (i32.store
                  (i32.add (global.get $out_positions) (i32.shl (local.get $n) (i32.const 2)))
                  (i32.sub (i32.add (local.get $i) (local.get $j)) (i32.const 2)))
                (i32.store8
                  (i32.add (global.get $out_buckets) (local.get $n))
                  (i32.load8_u (i32.add (i32.const 96) (local.get $j))))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
                (br $lanes)))))
        (local.set $was0 (local.get $at0))
        (local.set $was1 (local.get $at1))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $blocks)))
    (i32.store (i32.const 112) (local.get $n))
    ;; Where the next call starts: `to` when every place was scanned.
    (select (local.get $to) (local.get $i) (i32.ge_u (local.get $i) (local.get $to))))
)
