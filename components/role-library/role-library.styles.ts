import { css } from 'lit';

export default css`
  .library-toolbar {
    align-items: end;
    gap: var(--_space);
  }
  .new-role select {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: start;
  }
  .filters .field {
    flex: 1 1 calc(12 * var(--_psw-rem));
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block: calc(var(--_space) * 0.5);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    padding: 0;
  }
  button.sort {
    background: transparent;
    color: var(--_text);
    border: none;
    font-weight: 700;
    inline-size: 100%;
    text-align: start;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25);
  }
  .badge[data-status='approved'],
  .badge[data-readiness='ready'] {
    border-inline-start: 4px solid var(--_success);
  }
  .badge[data-readiness='incomplete'] {
    border-inline-start: 4px solid var(--_error);
  }
  .panel {
    margin-block-start: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
  }
  .panel form {
    margin-block-start: var(--_space);
  }
  .version .meta {
    color: var(--_muted);
  }
  .message .error {
    color: var(--_error);
  }
  .issues {
    margin: 0;
  }
`;
