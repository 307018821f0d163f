import { describe, it } from '../../util/harness.js';
import { expect } from 'chai';
describe('harness', () => { it('runs', () => { expect(1 + 1).to.equal(2); }); });
