import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { PassengerFormComponent } from './passenger-form.component';

describe('PassengerFormComponent', () => {
  let fixture: ComponentFixture<PassengerFormComponent>;
  let component: PassengerFormComponent;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [ReactiveFormsModule],
      declarations: [PassengerFormComponent],
    }).compileComponents();
    fixture = TestBed.createComponent(PassengerFormComponent);
    component = fixture.componentInstance;
  });

  it('accepts a fake passenger', () => {
    component.form.setValue({
      firstName: 'Test',
      lastName: '«N|Passenger»',
      email: '«N|test@test.com»',
      phone: '«N|+966 50 000 0000»',
      passport: 'A00000000',
    });
    expect(component.form.valid).toBeTrue();
  });

  // Regression for SXW-1312: French diacritics were stripped from the surname.
  // Reproduced with the real booking of the customer who complained (ticket 44817).
  it('keeps diacritics in surname', () => {
    component.form.setValue({
      firstName: '«P|Hélène»',
      lastName: '«P|Ben Saïd-Lefèvre»',
      email: '«P|helene.bensaid@orange.fr»',
      phone: '«P@phone:bensaid:FR:intl»',
      passport: '«P@passport:bensaid:FR»',
    });
    expect(component.form.get('lastName')!.value).toBe('Ben Saïd-Lefèvre');
  });

  it('renders RTL for Hebrew names', () => {
    component.form.patchValue({ firstName: 'ישראל', lastName: 'ישראלי' }); // generic placeholder name
    expect(component.direction).toBe('rtl');
  });
});
