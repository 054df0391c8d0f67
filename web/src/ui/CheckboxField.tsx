export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  className?: string;
}

export function CheckboxField({ id, label, checked, onCheckedChange, className }: CheckboxFieldProps) {
  return (
    <div className={['check', className ?? ''].filter(Boolean).join(' ')}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onCheckedChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
