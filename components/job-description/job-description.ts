import { PswJobDescription } from './job-description.component.js';

export { PswJobDescription };

PswJobDescription.define('psw-job-description');

declare global {
  interface HTMLElementTagNameMap {
    'psw-job-description': PswJobDescription;
  }
}
