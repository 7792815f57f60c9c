import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger';

/** A touch target of at least 48 px (64 px by default, more in large-text mode). */
export function Button({ variant = 'secondary', large = false, className = '', ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; large?: boolean }) {
  const classes = ['btn', variant === 'primary' ? 'btn-primary' : variant === 'danger' ? 'btn-danger' : '', large ? 'btn-large' : '', className];
  return <button type="button" {...rest} className={classes.filter(Boolean).join(' ')} />;
}
