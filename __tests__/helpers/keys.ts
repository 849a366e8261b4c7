// The fake credentials live in test-support/ so that bench/ can build them too without importing from the tests.
export * from '../../test-support/keys.js';
