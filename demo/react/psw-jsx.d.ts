/**
 * JSX types for psw-role-kit's elements in React 19 (copy this file into your app). React 19 sets a
 * prop as a property when the element has one (`value`, `readonly`), else as an attribute
 * (`storage-key`), and `on` + the exact event name adds a listener: `onpsw-change`, all lower case.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RoleDocument } from 'psw-role-kit/core';
import type {
  PswChangeEvent,
  PswExportEvent,
  PswInvalidEvent,
  PswNavigateEvent,
  PswRoleDocument,
} from 'psw-role-kit';

interface PswEventProps {
  'onpsw-change'?: (event: PswChangeEvent) => void;
  'onpsw-invalid'?: (event: PswInvalidEvent) => void;
  'onpsw-export'?: (event: PswExportEvent) => void;
  'onpsw-navigate'?: (event: PswNavigateEvent) => void;
}
type PswProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & PswEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'psw-role-document': PswProps<PswRoleDocument> & {
        value?: RoleDocument;
        template?: string;
        readonly?: boolean;
        'storage-key'?: string;
        name?: string;
        required?: boolean;
      };
      /** Every other psw-role-kit element: no attributes of its own beyond the HTML ones. */
      [tag: `psw-${string}`]: PswProps<HTMLElement>;
    }
  }
}
