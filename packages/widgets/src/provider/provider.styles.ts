/** Styles of `<gk-provider>`: no box of its own; its `theme` flows to the widgets inside. */
import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: contents;
  }

  :host([theme='light']) {
    --gk-color-scheme: light;
  }

  :host([theme='dark']) {
    --gk-color-scheme: dark;
  }
`;
